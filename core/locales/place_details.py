"""What the bot adds to an "Added …" message once a place's details arrive (edits in place).

Every language; merged into core.messages.CATALOG.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "details_website": "Website: {url}",
        "details_map": "Map: {url}",
        "details_photo": "Photo",
    },
    "es": {
        "details_website": "Sitio web: {url}",
        "details_map": "Mapa: {url}",
        "details_photo": "Foto",
    },
    "pt": {
        "details_website": "Site: {url}",
        "details_map": "Mapa: {url}",
        "details_photo": "Foto",
    },
}
