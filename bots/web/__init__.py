"""Server-rendered pages (operator console, shared trips) and the web chat's static files."""
