"""Feature-neutral widgets and helpers: widgets, segmented controls, the list model, the image
viewer, labels (protocol enums to words), errors (describe), background work (Operations),
theme, icons, formats, the translation loader. Imports no service and no feature."""
