""" "Send til borger" and the status of sent messages (``feature.MessagingFeature``)."""
