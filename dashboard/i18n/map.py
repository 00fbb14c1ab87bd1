"""Labels for the map area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
