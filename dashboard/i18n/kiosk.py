"""Labels for the kiosk area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {}
