"""Labels for the goal area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
