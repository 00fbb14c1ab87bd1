"""Labels for the method area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
