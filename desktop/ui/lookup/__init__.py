"""Looking things up: search, browse by area, the technical FAQ, the guide page with its three
levels, the FAQ answer page and feedback on a guide (``feature.LookupFeature``)."""
