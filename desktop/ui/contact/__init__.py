"""Contact timing and registration: the timer band, the finish page, the "I dag" page, the
last-registration band, recovery after a crash and the contact settings card
(``feature.ContactFeature``)."""
