"""WhatsApp through Twilio: signed form webhooks in, Messages API out."""
