"""Labels for the sources area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
