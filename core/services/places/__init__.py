"""Place search: providers (Google Places API New, offline demo data) behind one service."""
