"""Labels for the overview area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
