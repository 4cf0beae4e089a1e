"""Signed links to our photo route: only photo names this service handed out resolve.

Each photo URL we put on a card or in enrichment carries an HMAC of the photo name, so the
route can refuse any other name before it spends a Google call: a flood of made-up or
guessed names costs nothing upstream. Links do not expire (stored enrichment keeps working).
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

from pydantic import SecretStr

# Separates this key from any other use of the same secret.
_PURPOSE = b"traveloure place-photo links v1"
SIGNATURE_PARAM = "sig"
_SIGNATURE_HEX = 32  # 128 bits: no guessing


class PhotoLinks:
    """Makes signed photo URLs and checks the signature of one that comes back."""

    def __init__(self, base_url: str, secret: SecretStr) -> None:
        """Keep the route's base URL and derive the signing key.

        Args:
            base_url: the public URL of the photo route, e.g. https://x/api/v1/place-photos.
            secret: the secret the key is derived from (never stored or logged as is).
        """
        self._base = base_url.rstrip("/")
        self._key = hmac.new(secret.get_secret_value().encode(), _PURPOSE, hashlib.sha256).digest()

    def signature(self, photo_name: str) -> str:
        """The signature of one photo resource name."""
        digest = hmac.new(self._key, photo_name.encode(), hashlib.sha256).hexdigest()
        return digest[:_SIGNATURE_HEX]

    def url(self, photo_name: str) -> str:
        """The public, signed URL of our photo route for this photo."""
        sig = self.signature(photo_name)
        return f"{self._base}/{quote(photo_name, safe='/')}?{SIGNATURE_PARAM}={sig}"

    def is_signed(self, photo_name: str, signature: str | None) -> bool:
        """Whether `signature` is ours for this name (constant-time comparison)."""
        if not signature:
            return False
        return hmac.compare_digest(self.signature(photo_name), signature)
