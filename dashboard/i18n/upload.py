"""Labels for the upload area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
