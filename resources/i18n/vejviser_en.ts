<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Browse by area</source>
        <translation>Browse by area</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Favourite on/off</source>
        <translation>Favourite on/off</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Give feedback</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Open the self-service solution</source>
        <translation>Open the self-service solution</translation>
    </message>
    <message>
        <source>Send the guide to the citizen</source>
        <translation>Send the guide to the citizen</translation>
    </message>
    <message>
        <source>Start / stop the contact</source>
        <translation>Start / stop the contact</translation>
    </message>
    <message>
        <source>Pause / resume the contact</source>
        <translation>Pause / resume the contact</translation>
    </message>
    <message>
        <source>Register a contact by hand</source>
        <translation>Register a contact by hand</translation>
    </message>
    <message>
        <source>Today: your contacts</source>
        <translation>Today: your contacts</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Back / clear the search</source>
        <translation>Back / clear the search</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Lookup / administration</source>
        <translation>Lookup / administration</translation>
    </message>
    <message>
        <source>Save the guide as draft</source>
        <translation>Save the guide as draft</translation>
    </message>
    <message>
        <source>Publish the guide</source>
        <translation>Publish the guide</translation>
    </message>
</context>
<context>
    <name>AdminFeature</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Shared hotlines</source>
        <translation>Shared hotlines</translation>
    </message>
    <message>
        <source>Merged. Check the guide and save or publish it.</source>
        <translation>Merged. Check the guide and save or publish it.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Version %1 is restored as version %2.</translation>
    </message>
    <message>
        <source>The answer is saved; the staff member sees it after a sync.</source>
        <translation>The answer is saved; the staff member sees it after a sync.</translation>
    </message>
    <message>
        <source>The search term is added to the guide.</source>
        <translation>The search term is added to the guide.</translation>
    </message>
    <message>
        <source>The learned search term is rejected.</source>
        <translation>The learned search term is rejected.</translation>
    </message>
    <message>
        <source>%1 has access to your guides.</source>
        <translation>%1 has access to your guides.</translation>
    </message>
    <message>
        <source>%1 no longer has access to your guides.</source>
        <translation>%1 no longer has access to your guides.</translation>
    </message>
    <message>
        <source>The templates are saved.</source>
        <translation>The templates are saved.</translation>
    </message>
    <message>
        <source>The user is created.</source>
        <translation>The user is created.</translation>
    </message>
    <message>
        <source>The password is reset; give the user the new one.</source>
        <translation>The password is reset; give the user the new one.</translation>
    </message>
    <message>
        <source>The account is changed.</source>
        <translation>The account is changed.</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>AnnotateCanvas</name>
    <message>
        <source>Screenshot to annotate</source>
        <translation>Screenshot to annotate</translation>
    </message>
    <message>
        <source>Paste a screenshot (Ctrl+V), drop an image here or choose a file.</source>
        <translation>Paste a screenshot (Ctrl+V), drop an image here or choose a file.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPanel</name>
    <message>
        <source>Share by %1</source>
        <translation>Share by %1</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Resolved at once</translation>
    </message>
    <message>
        <source>Mean handling time</source>
        <translation>Mean handling time</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Cost per contact</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 kr.</source>
        <translation>%1 kr.</translation>
    </message>
    <message>
        <source>Comparison with other municipalities</source>
        <translation>Comparison with other municipalities</translation>
    </message>
    <message>
        <source>Your figures beside the median of the municipalities that take part. A median of fewer than five municipalities is never shown, and no municipality is named.</source>
        <translation>Your figures beside the median of the municipalities that take part. A median of fewer than five municipalities is never shown, and no municipality is named.</translation>
    </message>
    <message>
        <source>Our municipality takes part in the comparison</source>
        <translation>Our municipality takes part in the comparison</translation>
    </message>
    <message>
        <source>Take part in the comparison</source>
        <translation>Take part in the comparison</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Median of participants</source>
        <translation>Median of participants</translation>
    </message>
    <message>
        <source>Your municipality does not take part: only your own figures are shown. An administrator can switch on the participation.</source>
        <translation>Your municipality does not take part: only your own figures are shown. An administrator can switch on the participation.</translation>
    </message>
    <message>
        <source>The medians are of %1 municipalities.</source>
        <translation>The medians are of %1 municipalities.</translation>
    </message>
    <message>
        <source>The median of %1 municipalities</source>
        <translation>The median of %1 municipalities</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 municipalities</source>
        <translation>Withheld: fewer than %1 municipalities</translation>
    </message>
    <message>
        <source>Only for participating municipalities</source>
        <translation>Only for participating municipalities</translation>
    </message>
</context>
<context>
    <name>BrowseSection</name>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Browse by</source>
        <translation>Browse by</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Guides and areas</source>
        <translation>Guides and areas</translation>
    </message>
    <message>
        <source>The guides you open appear here.</source>
        <translation>The guides you open appear here.</translation>
    </message>
    <message>
        <source>Mark a guide as favourite (Ctrl+D) to find it here.</source>
        <translation>Mark a guide as favourite (Ctrl+D) to find it here.</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>No service areas yet. Sync first.</source>
        <translation>No service areas yet. Sync first.</translation>
    </message>
    <message>
        <source>No guides in this area yet.</source>
        <translation>No guides in this area yet.</translation>
    </message>
</context>
<context>
    <name>BulletRow</name>
    <message>
        <source>What to tell the citizen</source>
        <translation>What to tell the citizen</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <source>The caller&apos;s municipality</source>
        <translation>The caller&apos;s municipality</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>Search for the caller&apos;s municipality</source>
        <translation>Search for the caller&apos;s municipality</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Member municipalities</translation>
    </message>
    <message>
        <source>No member municipality matches.</source>
        <translation>No member municipality matches.</translation>
    </message>
    <message>
        <source>None (the hotline&apos;s own guides)</source>
        <translation>None (the hotline&apos;s own guides)</translation>
    </message>
</context>
<context>
    <name>CitizenWebController</name>
    <message>
        <source>Citizen web</source>
        <translation>Citizen web</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>Nothing is changed.</translation>
    </message>
    <message>
        <source>The citizen web settings are saved.</source>
        <translation>The citizen web settings are saved.</translation>
    </message>
    <message>
        <source>The image is uploaded. Save to make it the logo.</source>
        <translation>The image is uploaded. Save to make it the logo.</translation>
    </message>
</context>
<context>
    <name>CitizenWebPage</name>
    <message>
        <source>Citizen web settings</source>
        <translation>Citizen web settings</translation>
    </message>
    <message>
        <source>Citizens find the guides you publish for them on the citizen web. These settings are kept on the server: it must be reachable to change them.</source>
        <translation>Citizens find the guides you publish for them on the citizen web. These settings are kept on the server: it must be reachable to change them.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the settings cannot be changed right now. What you have typed is kept; save again when the connection is back.</source>
        <translation>The server cannot be reached, so the settings cannot be changed right now. What you have typed is kept; save again when the connection is back.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the citizen web settings</source>
        <translation>Save the citizen web settings</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>The address citizens reach the citizen web at, e.g. https://vejviser.kommune.dk. QR codes and share links use it; until it is set, the desktop shows no QR code.</source>
        <translation>The address citizens reach the citizen web at, e.g. https://vejviser.kommune.dk. QR codes and share links use it; until it is set, the desktop shows no QR code.</translation>
    </message>
    <message>
        <source>Open the citizen web</source>
        <translation>Open the citizen web</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Brand colour</translation>
    </message>
    <message>
        <source>The colour of the header and the buttons, as #rrggbb. White text must be readable on it (a contrast of at least 4.5:1).</source>
        <translation>The colour of the header and the buttons, as #rrggbb. White text must be readable on it (a contrast of at least 4.5:1).</translation>
    </message>
    <message>
        <source>Preview of the colour</source>
        <translation>Preview of the colour</translation>
    </message>
    <message>
        <source>Choose colour…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Shown at the top of every page. A PNG, JPEG or WebP image of at most 5 MB.</source>
        <translation>Shown at the top of every page. A PNG, JPEG or WebP image of at most 5 MB.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>The address of the statement you made in digst.dk&apos;s WAS tool. Every page of the citizen web links to it.</source>
        <translation>The address of the statement you made in digst.dk&apos;s WAS tool. Every page of the citizen web links to it.</translation>
    </message>
    <message>
        <source>No logo: the citizen web shows the name.</source>
        <translation>No logo: the citizen web shows the name.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>The logo</translation>
    </message>
    <message>
        <source>A logo is chosen.</source>
        <translation>A logo is chosen.</translation>
    </message>
    <message>
        <source>Save the public address first; then the citizen web can be opened.</source>
        <translation>Save the public address first; then the citizen web can be opened.</translation>
    </message>
    <message>
        <source>Not a colour yet</source>
        <translation>Not a colour yet</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Write the whole address, beginning with https:// (or http://), e.g. https://vejviser.kommune.dk.</source>
        <translation>Write the whole address, beginning with https:// (or http://), e.g. https://vejviser.kommune.dk.</translation>
    </message>
    <message>
        <source>The address is too long (at most 2000 characters).</source>
        <translation>The address is too long (at most 2000 characters).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #1f4e79.</source>
        <translation>Write the colour as #rrggbb, e.g. #1f4e79.</translation>
    </message>
</context>
<context>
    <name>CitizenWebSection</name>
    <message>
        <source>Citizen web</source>
        <translation>Citizen web</translation>
    </message>
    <message>
        <source>The guides you publish for citizens, on every phone: search, share by e-mail, SMS or QR code, print. Set up its address, colour, logo and accessibility statement here; the server must be reachable to change them.</source>
        <translation>The guides you publish for citizens, on every phone: search, share by e-mail, SMS or QR code, print. Set up its address, colour, logo and accessibility statement here; the server must be reachable to change them.</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Not fetched yet.</translation>
    </message>
    <message>
        <source>Citizen web settings</source>
        <translation>Citizen web settings</translation>
    </message>
    <message>
        <source>Not set: the desktop shows no QR code until it is.</source>
        <translation>Not set: the desktop shows no QR code until it is.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the settings cannot be fetched.</source>
        <translation>The server cannot be reached: the settings cannot be fetched.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>Open the citizen web</source>
        <translation>Open the citizen web</translation>
    </message>
</context>
<context>
    <name>ConfirmHotline</name>
    <message>
        <source>Give the hotline access?</source>
        <translation>Give the hotline access?</translation>
    </message>
    <message>
        <source>Take away access?</source>
        <translation>Take away access?</translation>
    </message>
    <message>
        <source>%1 will read your published guides, FAQ, contacts and synonyms and register the contacts it handles for your citizens.</source>
        <translation>%1 will read your published guides, FAQ, contacts and synonyms and register the contacts it handles for your citizens.</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Give access</translation>
    </message>
    <message>
        <source>%1 loses access to your guides. Its desktops drop them at their next sync; the contacts it registered for you stay in your reports.</source>
        <translation>%1 loses access to your guides. Its desktops drop them at their next sync; the contacts it registered for you stay in your reports.</translation>
    </message>
    <message>
        <source>Take away access</source>
        <translation>Take away access</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>contact channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Resolved at once</translation>
    </message>
    <message>
        <source>Helped to self-service</source>
        <translation>Helped to self-service</translation>
    </message>
    <message>
        <source>Assisted self-service</source>
        <translation>Assisted self-service</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Digitally ready</source>
        <translation>Digitally ready</translation>
    </message>
    <message>
        <source>Not digitally ready</source>
        <translation>Not digitally ready</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Udbetaling Danmark</source>
        <translation>Udbetaling Danmark</translation>
    </message>
    <message>
        <source>Skattestyrelsen</source>
        <translation>Skattestyrelsen</translation>
    </message>
    <message>
        <source>Digitaliseringsstyrelsen (MitID)</source>
        <translation>Digitaliseringsstyrelsen (MitID)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>The previous contact was registered with the remembered choices.</source>
        <translation>The previous contact was registered with the remembered choices.</translation>
    </message>
    <message>
        <source>Contact started with the search (F9 stops it).</source>
        <translation>Contact started with the search (F9 stops it).</translation>
    </message>
</context>
<context>
    <name>ContactFeature</name>
    <message>
        <source>The unfinished contact was discarded.</source>
        <translation>The unfinished contact was discarded.</translation>
    </message>
    <message>
        <source>Saved %1:</source>
        <translation>Saved %1:</translation>
    </message>
    <message>
        <source>The last registration can no longer be changed.</source>
        <translation>The last registration can no longer be changed.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Correction saved: %1</source>
        <translation>Correction saved: %1</translation>
    </message>
    <message>
        <source>The contact was discarded without a registration.</source>
        <translation>The contact was discarded without a registration.</translation>
    </message>
    <message>
        <source>The last registration was undone.</source>
        <translation>The last registration was undone.</translation>
    </message>
</context>
<context>
    <name>ContactSettingsCard</name>
    <message>
        <source>Contact registration</source>
        <translation>Contact registration</translation>
    </message>
    <message>
        <source>Presets of this workstation; they can be switched during a contact.</source>
        <translation>Presets of this workstation; they can be switched during a contact.</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Default channel</translation>
    </message>
    <message>
        <source>Default channel: %1</source>
        <translation>Default channel: %1</translation>
    </message>
    <message>
        <source>Places (the default is chosen)</source>
        <translation>Places (the default is chosen)</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>e.g. Hovedbiblioteket</source>
        <translation>e.g. Hovedbiblioteket</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Start a contact when a search begins</source>
        <translation>Start a contact when a search begins</translation>
    </message>
    <message>
        <source>When no contact is running, typing in the search box starts the timer.</source>
        <translation>When no contact is running, typing in the search box starts the timer.</translation>
    </message>
    <message>
        <source>Default place: %1</source>
        <translation>Default place: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Merged. Check the fields and save.</source>
        <translation>Merged. Check the fields and save.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>The area is hidden from staff.</source>
        <translation>The area is hidden from staff.</translation>
    </message>
    <message>
        <source>The area is shown to staff.</source>
        <translation>The area is shown to staff.</translation>
    </message>
    <message>
        <source>Someone changed the areas meanwhile. The list is reloaded; try again.</source>
        <translation>Someone changed the areas meanwhile. The list is reloaded; try again.</translation>
    </message>
</context>
<context>
    <name>DirectoryForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KLE number</source>
        <translation>KLE number</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hidden from staff</source>
        <translation>Hidden from staff</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Self-service link</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>When to refer here</source>
        <translation>When to refer here</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>e.g. Flytning</source>
        <translation>e.g. Flytning</translation>
    </message>
    <message>
        <source>e.g. 23.05.04 (optional)</source>
        <translation>e.g. 23.05.04 (optional)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>The authority a shared hotline&apos;s contacts about the area concern. Not stated: it is guessed from the area&apos;s name.</source>
        <translation>The authority a shared hotline&apos;s contacts about the area concern. Not stated: it is guessed from the area&apos;s name.</translation>
    </message>
    <message>
        <source>Hide the area from staff</source>
        <translation>Hide the area from staff</translation>
    </message>
    <message>
        <source>A hidden area is not offered in the list of areas; its guides can still be found by search. Renaming an area moves its guides with it.</source>
        <translation>A hidden area is not offered in the list of areas; its guides can still be found by search. Renaming an area moves its guides with it.</translation>
    </message>
    <message>
        <source>The word staff should find, e.g. MitID</source>
        <translation>The word staff should find, e.g. MitID</translation>
    </message>
    <message>
        <source>Words that mean the same, one a line or comma-separated</source>
        <translation>Words that mean the same, one a line or comma-separated</translation>
    </message>
    <message>
        <source>e.g. MitID (optional)</source>
        <translation>e.g. MitID (optional)</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Add a paragraph</translation>
    </message>
    <message>
        <source>No paragraphs yet.</source>
        <translation>No paragraphs yet.</translation>
    </message>
    <message>
        <source>Other words staff search for, one a line or comma</source>
        <translation>Other words staff search for, one a line or comma</translation>
    </message>
    <message>
        <source>e.g. Borgerservice</source>
        <translation>e.g. Borgerservice</translation>
    </message>
    <message>
        <source>8 digits; +45 may be left out</source>
        <translation>8 digits; +45 may be left out</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 10–14</source>
        <translation>e.g. Mon–Fri 10–14</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Service areas</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <source>New synonym group</source>
        <translation>New synonym group</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>KLE %1</source>
        <translation>KLE %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Offline: this is the copy from the last sync.</source>
        <translation>Offline: this is the copy from the last sync.</translation>
    </message>
    <message>
        <source>Filter …</source>
        <translation>Filter …</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Move the area up (Alt+Up)</source>
        <translation>Move the area up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the area down (Alt+Down)</source>
        <translation>Move the area down (Alt+Down)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide or show the area</source>
        <translation>Hide or show the area</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server cannot be reached. You can keep using the saved guides; changes are sent when the connection is back.</source>
        <translation>The server cannot be reached. You can keep using the saved guides; changes are sent when the connection is back.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Your login has expired. Log in again.</translation>
    </message>
    <message>
        <source>You have been logged out. Log in again.</source>
        <translation>You have been logged out. Log in again.</translation>
    </message>
    <message>
        <source>Your login is no longer valid. Log in again.</source>
        <translation>Your login is no longer valid. Log in again.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Your account has been deactivated.</translation>
    </message>
    <message>
        <source>Vejviser is not set up yet. Log in first.</source>
        <translation>Vejviser is not set up yet. Log in first.</translation>
    </message>
    <message>
        <source>You are not logged in. Log in and try again.</source>
        <translation>You are not logged in. Log in and try again.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>The municipality code must be three or four digits, e.g. 101 or 751.</source>
        <translation>The municipality code must be three or four digits, e.g. 101 or 751.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Write your feedback before you send it.</source>
        <translation>Write your feedback before you send it.</translation>
    </message>
    <message>
        <source>The text seems to contain a CPR number. Personal ID numbers must not be stored; remove the number and try again.</source>
        <translation>The text seems to contain a CPR number. Personal ID numbers must not be stored; remove the number and try again.</translation>
    </message>
    <message>
        <source>The note seems to contain a phone number or an e-mail address. Write it without, so the citizen cannot be recognised in the registration.</source>
        <translation>The note seems to contain a phone number or an e-mail address. Write it without, so the citizen cannot be recognised in the registration.</translation>
    </message>
    <message>
        <source>The text contains an invalid character.</source>
        <translation>The text contains an invalid character.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON. Is the address right?</source>
        <translation>The server answered with something that is not JSON. Is the address right?</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Something unexpected went wrong. The details are in the log file; please try again.</translation>
    </message>
</context>
<context>
    <name>FaqAnswerPage</name>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Link copied:</translation>
    </message>
</context>
<context>
    <name>FaqSection</name>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>MitID, Digital Post, browsers and apps – answers to read aloud.</source>
        <translation>MitID, Digital Post, browsers and apps – answers to read aloud.</translation>
    </message>
    <message>
        <source>Filter the questions …</source>
        <translation>Filter the questions …</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Filter the questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation>No questions match.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback – %1</source>
        <translation>Give feedback – %1</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Give feedback</translation>
    </message>
    <message>
        <source>On »%1«. The guide&apos;s editors in your municipality read it.</source>
        <translation>On »%1«. The guide&apos;s editors in your municipality read it.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Kind of feedback</source>
        <translation>Kind of feedback</translation>
    </message>
    <message>
        <source>Something in the guide is wrong</source>
        <translation>Something in the guide is wrong</translation>
    </message>
    <message>
        <source>The guide no longer matches the solution or the rules</source>
        <translation>The guide no longer matches the solution or the rules</translation>
    </message>
    <message>
        <source>An idea that would make the guide better</source>
        <translation>An idea that would make the guide better</translation>
    </message>
    <message>
        <source>Your feedback</source>
        <translation>Your feedback</translation>
    </message>
    <message>
        <source>Describe what should be changed. Never write CPR numbers or names of citizens.</source>
        <translation>Describe what should be changed. Never write CPR numbers or names of citizens.</translation>
    </message>
    <message>
        <source>Feedback error</source>
        <translation>Feedback error</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>Send feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackInbox</name>
    <message>
        <source>From %1: </source>
        <translation>From %1: </translation>
    </message>
    <message>
        <source>(a suggestion from their copy %1)</source>
        <translation>(a suggestion from their copy %1)</translation>
    </message>
    <message>
        <source>Their version:</source>
        <translation>Their version:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What the staff member wrote</source>
        <translation>What the staff member wrote</translation>
    </message>
    <message>
        <source>Open the guide in the editor</source>
        <translation>Open the guide in the editor</translation>
    </message>
    <message>
        <source>Your answer (the staff member sees it after a sync)</source>
        <translation>Your answer (the staff member sees it after a sync)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <source>%1 · %2 · status: %3</source>
        <translation>%1 · %2 · status: %3</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Feedback from staff</source>
        <translation>Feedback from staff</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No feedback to handle.</source>
        <translation>No feedback to handle.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finish the contact</source>
        <translation>Finish the contact</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Authority or unit</source>
        <translation>Authority or unit</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Citizen type</source>
        <translation>Citizen type</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>The authority the contact concerned</source>
        <translation>The authority the contact concerned</translation>
    </message>
    <message>
        <source>Stuck in a self-service solution (optional)</source>
        <translation>Stuck in a self-service solution (optional)</translation>
    </message>
    <message>
        <source>Stuck in a self-service solution</source>
        <translation>Stuck in a self-service solution</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>Registration error</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register with these choices</source>
        <translation>Register with these choices</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the contact without registering it (tap twice)</source>
        <translation>Discard the contact without registering it (tap twice)</translation>
    </message>
    <message>
        <source>Tap again</source>
        <translation>Tap again</translation>
    </message>
    <message>
        <source>Tap again to discard the contact</source>
        <translation>Tap again to discard the contact</translation>
    </message>
    <message>
        <source>Discard the contact</source>
        <translation>Discard the contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Never CPR numbers, names, phone numbers or e-mail addresses</source>
        <translation>Never CPR numbers, names, phone numbers or e-mail addresses</translation>
    </message>
    <message>
        <source>Correct the last registration</source>
        <translation>Correct the last registration</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Register a contact by hand</source>
        <translation>Register a contact by hand</translation>
    </message>
    <message>
        <source>For a contact that was not timed: how long did it take?</source>
        <translation>For a contact that was not timed: how long did it take?</translation>
    </message>
    <message>
        <source>Not stuck / not relevant</source>
        <translation>Not stuck / not relevant</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Title bar</source>
        <translation>Title bar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>GuideCompare</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Self-service link</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>[screenshot %1]</source>
        <translation>[screenshot %1]</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Use this</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Use %1 from this version</translation>
    </message>
</context>
<context>
    <name>GuideEditorPage</name>
    <message>
        <source>Guide editor</source>
        <extracomment>Narrower than this, the preview goes under the form instead of beside it.</extracomment>
        <translation>Guide editor</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>New guide</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save as draft; staff do not see it</source>
        <translation>Save as draft; staff do not see it</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Publish: staff see it after their next sync</source>
        <translation>Publish: staff see it after their next sync</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Part of the guide</source>
        <translation>Part of the guide</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Flytning – anmeld adresseændring</source>
        <translation>e.g. Flytning – anmeld adresseændring</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Synonyms (words staff search for), comma-separated</source>
        <translation>Synonyms (words staff search for), comma-separated</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <source>Also show on the citizens&apos; web pages</source>
        <translation>Also show on the citizens&apos; web pages</translation>
    </message>
    <message>
        <source>Owner (who keeps the guide up to date)</source>
        <translation>Owner (who keeps the guide up to date)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>e.g. Borgerservice, team flytning</source>
        <translation>e.g. Borgerservice, team flytning</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>What staff tell the citizen, one point each</source>
        <translation>What staff tell the citizen, one point each</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Guidance points</source>
        <translation>Guidance points</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>No points yet.</translation>
    </message>
    <message>
        <source>Self-service solution (https://…)</source>
        <translation>Self-service solution (https://…)</translation>
    </message>
    <message>
        <source>Link to the self-service solution</source>
        <translation>Link to the self-service solution</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <source>Contacts directory</source>
        <translation>Contacts directory</translation>
    </message>
    <message>
        <source>Add from directory</source>
        <translation>Add from directory</translation>
    </message>
    <message>
        <source>Write a new card</source>
        <translation>Write a new card</translation>
    </message>
    <message>
        <source>Referral cards</source>
        <translation>Referral cards</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>No referral yet.</translation>
    </message>
    <message>
        <source>Your unsent changes were restored.</source>
        <translation>Your unsent changes were restored.</translation>
    </message>
    <message>
        <source>New guide – a draft until you publish it</source>
        <translation>New guide – a draft until you publish it</translation>
    </message>
    <message>
        <source>Your draft (version %1); staff see the published version until you publish</source>
        <translation>Your draft (version %1); staff see the published version until you publish</translation>
    </message>
    <message>
        <source>Published (version %1) – staff see it</source>
        <translation>Published (version %1) – staff see it</translation>
    </message>
    <message>
        <source>Draft (version %1) – staff do not see it</source>
        <translation>Draft (version %1) – staff do not see it</translation>
    </message>
    <message>
        <source>The link must be a full https:// address, e.g. https://www.borger.dk</source>
        <translation>The link must be a full https:// address, e.g. https://www.borger.dk</translation>
    </message>
    <message>
        <source>Published: staff see it after their next sync.</source>
        <translation>Published: staff see it after their next sync.</translation>
    </message>
    <message>
        <source>Saved as draft.</source>
        <translation>Saved as draft.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent when the server is back.</source>
        <translation>Saved on this computer; sent when the server is back.</translation>
    </message>
</context>
<context>
    <name>GuideLevels</name>
    <message>
        <source>Bullet</source>
        <extracomment>Thumbnails fit this box; a click shows full size. 300 px wide: with the page&apos;s and the step card&apos;s margins and the scroll bar a wide screenshot still fits a 400 px handheld.</extracomment>
        <translation>Bullet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the self-service solution</source>
        <translation>Open the self-service solution</translation>
    </message>
    <message>
        <source>Open the link in the browser (Ctrl+O)</source>
        <translation>Open the link in the browser (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Copy the link, e.g. for a mail or text message (Ctrl+Shift+C)</source>
        <translation>Copy the link, e.g. for a mail or text message (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Link copied:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Tell the citizen</source>
        <translation>Tell the citizen</translation>
    </message>
    <message>
        <source>This guide has no guidance text yet.</source>
        <translation>This guide has no guidance text yet.</translation>
    </message>
    <message>
        <source>Self-service solution</source>
        <translation>Self-service solution</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Last checked %1</translation>
    </message>
    <message>
        <source>The screenshot has not been fetched yet (sync to get it).</source>
        <translation>The screenshot has not been fetched yet (sync to get it).</translation>
    </message>
    <message>
        <source>The screenshot cannot be shown.</source>
        <translation>The screenshot cannot be shown.</translation>
    </message>
    <message>
        <source>Screenshot for step %1: %2</source>
        <translation>Screenshot for step %1: %2</translation>
    </message>
    <message>
        <source>Click to enlarge the screenshot</source>
        <translation>Click to enlarge the screenshot</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Fields and buttons</source>
        <translation>Fields and buttons</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>This guide has no step-by-step help.</source>
        <translation>This guide has no step-by-step help.</translation>
    </message>
    <message>
        <source>Help inside the solution when the citizen is stuck</source>
        <translation>Help inside the solution when the citizen is stuck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>Copy phone number</translation>
    </message>
    <message>
        <source>Phone number copied:</source>
        <translation>Phone number copied:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Copy e-mail address</source>
        <translation>Copy e-mail address</translation>
    </message>
    <message>
        <source>E-mail address copied:</source>
        <translation>E-mail address copied:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Open the website</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Open the website in the browser</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>This guide has no referral.</source>
        <translation>This guide has no referral.</translation>
    </message>
    <message>
        <source>When the citizen cannot or should not use self-service</source>
        <translation>When the citizen cannot or should not use self-service</translation>
    </message>
</context>
<context>
    <name>GuideListSection</name>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>New guide</translation>
    </message>
    <message>
        <source>Filter by title or area …</source>
        <translation>Filter by title or area …</translation>
    </message>
    <message>
        <source>Filter the guides</source>
        <translation>Filter the guides</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Guide header</source>
        <translation>Guide header</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Mark as favourite</source>
        <translation>Mark as favourite</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Give feedback</translation>
    </message>
    <message>
        <source>Give feedback on this guide</source>
        <translation>Give feedback on this guide</translation>
    </message>
    <message>
        <source>Send to citizen</source>
        <translation>Send to citizen</translation>
    </message>
    <message>
        <source>Send the guidance by SMS or e-mail</source>
        <translation>Send the guidance by SMS or e-mail</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <source>The citizen scans the guide&apos;s link with their own phone</source>
        <translation>The citizen scans the guide&apos;s link with their own phone</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Guide level</source>
        <translation>Guide level</translation>
    </message>
    <message>
        <source>Guidance for every citizen</source>
        <translation>Guidance for every citizen</translation>
    </message>
    <message>
        <source>Help inside the solution</source>
        <translation>Help inside the solution</translation>
    </message>
    <message>
        <source>Who handles it when self-service is not possible</source>
        <translation>Who handles it when self-service is not possible</translation>
    </message>
    <message>
        <source>Guide content</source>
        <translation>Guide content</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <source>Sent to citizen: %1</source>
        <translation>Sent to citizen: %1</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Link copied:</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <source>Add as a search term to a guide</source>
        <translation>Add as a search term to a guide</translation>
    </message>
    <message>
        <source>Choose a guide</source>
        <translation>Choose a guide</translation>
    </message>
    <message>
        <source>A search for »%1« will find the guide you choose, on every desktop after the next sync.</source>
        <translation>A search for »%1« will find the guide you choose, on every desktop after the next sync.</translation>
    </message>
    <message>
        <source>Find the guide</source>
        <translation>Find the guide</translation>
    </message>
    <message>
        <source>Title or words from the guide</source>
        <translation>Title or words from the guide</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add search term</source>
        <translation>Add search term</translation>
    </message>
</context>
<context>
    <name>GuidePreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview – as staff will see it</source>
        <translation>Preview – as staff will see it</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Level of the preview</source>
        <translation>Level of the preview</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Older version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>Restore the older version</source>
        <translation>Restore the older version</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Back to the editor</translation>
    </message>
    <message>
        <source>Version %1 – %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
</context>
<context>
    <name>HotlinesSection</name>
    <message>
        <source>Shared hotlines</source>
        <translation>Shared hotlines</translation>
    </message>
    <message>
        <source>A shared hotline answers citizens for several municipalities. With access it reads your published guides, FAQ, contacts and synonyms (never drafts) and registers the contacts it handles for your citizens; it can change nothing. Choose a hotline to give or take away its access.</source>
        <translation>A shared hotline answers citizens for several municipalities. With access it reads your published guides, FAQ, contacts and synonyms (never drafts) and registers the contacts it handles for your citizens; it can change nothing. Choose a hotline to give or take away its access.</translation>
    </message>
    <message>
        <source>No shared hotlines exist on the server.</source>
        <translation>No shared hotlines exist on the server.</translation>
    </message>
    <message>
        <source>Has access since %1</source>
        <translation>Has access since %1</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Has access</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
</context>
<context>
    <name>ImageTools</name>
    <message>
        <source>The image is too large (at most 5 MB).</source>
        <extracomment>Pixelation block (px of the scaled image): names and numbers become unreadable.</extracomment>
        <translation>The image is too large (at most 5 MB).</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and WebP images can be used.</source>
        <translation>Only PNG, JPEG and WebP images can be used.</translation>
    </message>
    <message>
        <source>The image cannot be read; it may be damaged.</source>
        <translation>The image cannot be read; it may be damaged.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>The clipboard holds no image.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ItemMerge</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Someone else changed this</translation>
    </message>
    <message>
        <source>It was removed while you were editing. Use your version to create it again, or keep editing.</source>
        <translation>It was removed while you were editing. Use your version to create it again, or keep editing.</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the form until it is saved.</source>
        <translation>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the form until it is saved.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Your edit</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Saved by someone else (version %1)</translation>
    </message>
    <message>
        <source>Removed by someone else</source>
        <translation>Removed by someone else</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Use this</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Use %1 from this version</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Use the merged version</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>New service area</source>
        <translation>New service area</translation>
    </message>
    <message>
        <source>Service area: %1</source>
        <translation>Service area: %1</translation>
    </message>
    <message>
        <source>New synonym group</source>
        <translation>New synonym group</translation>
    </message>
    <message>
        <source>Synonyms for %1</source>
        <translation>Synonyms for %1</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Choose a version to load it into the form; save to make it the newest version (history is never rewritten).</source>
        <translation>Choose a version to load it into the form; save to make it the newest version (history is never rewritten).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Click again to remove</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
</context>
<context>
    <name>KeptNote</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 are brought back.</source>
        <translation>Unsaved changes from %1 are brought back.</translation>
    </message>
</context>
<context>
    <name>KomhenCard</name>
    <message>
        <source>KOMHEN counting week</source>
        <translation>KOMHEN counting week</translation>
    </message>
    <message>
        <source>Counts per channel, KLE task, henvendelsestype and unit for one counting week, as a CSV file for KL&apos;s KOMHEN count.</source>
        <translation>Counts per channel, KLE task, henvendelsestype and unit for one counting week, as a CSV file for KL&apos;s KOMHEN count.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Counting week (tælleuge)</source>
        <translation>Counting week (tælleuge)</translation>
    </message>
    <message>
        <source>Export KOMHEN file</source>
        <translation>Export KOMHEN file</translation>
    </message>
    <message>
        <source>Counting week</source>
        <translation>Counting week</translation>
    </message>
    <message>
        <source>KOMHEN export progress</source>
        <translation>KOMHEN export progress</translation>
    </message>
</context>
<context>
    <name>LastRegistrationBand</name>
    <message>
        <source>Last registration</source>
        <translation>Last registration</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Correct the last registration (10 minutes)</source>
        <translation>Correct the last registration (10 minutes)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last registration (10 minutes)</source>
        <translation>Undo the last registration (10 minutes)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyms</translation>
    </message>
    <message>
        <source>Life situations</source>
        <translation>Life situations</translation>
    </message>
    <message>
        <source>English search terms</source>
        <translation>English search terms</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Self-service link</translation>
    </message>
    <message>
        <source>Bullet %1</source>
        <translation>Bullet %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Referral card %1</source>
        <translation>Referral card %1</translation>
    </message>
    <message>
        <source>Used by 1 municipality</source>
        <translation>Used by 1 municipality</translation>
    </message>
    <message>
        <source>Used by %1 municipalities</source>
        <translation>Used by %1 municipalities</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Guides shared by other municipalities</source>
        <translation>Guides shared by other municipalities</translation>
    </message>
    <message>
        <source>Copied from %1 as a draft. Adjust the local details (phone numbers, opening hours) and publish it.</source>
        <translation>Copied from %1 as a draft. Adjust the local details (phone numbers, opening hours) and publish it.</translation>
    </message>
    <message>
        <source>The changes are in a new draft. Check it and publish it.</source>
        <translation>The changes are in a new draft. Check it and publish it.</translation>
    </message>
    <message>
        <source>Version %1 from %2 is dismissed; a newer one will be offered.</source>
        <translation>Version %1 from %2 is dismissed; a newer one will be offered.</translation>
    </message>
    <message>
        <source>The copy no longer follows its origin.</source>
        <translation>The copy no longer follows its origin.</translation>
    </message>
    <message>
        <source>The suggestion is sent to %1; their answer comes back here.</source>
        <translation>The suggestion is sent to %1; their answer comes back here.</translation>
    </message>
</context>
<context>
    <name>LibraryPreviewPage</name>
    <message>
        <source>Library guide</source>
        <translation>Library guide</translation>
    </message>
    <message>
        <source>From the shared library (read only)</source>
        <translation>From the shared library (read only)</translation>
    </message>
    <message>
        <source>Copy to our list</source>
        <translation>Copy to our list</translation>
    </message>
    <message>
        <source>A draft in your own list; adjust the local details and publish</source>
        <translation>A draft in your own list; adjust the local details and publish</translation>
    </message>
    <message>
        <source>Open our copy</source>
        <translation>Open our copy</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Guide level</source>
        <translation>Guide level</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>From %1 · %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <source>Shared library</source>
        <translation>Shared library</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Our suggestions</source>
        <translation>Our suggestions</translation>
    </message>
    <message>
        <source>Suggestions sent to other municipalities, with their answers</source>
        <translation>Suggestions sent to other municipalities, with their answers</translation>
    </message>
    <message>
        <source>Published guides of other municipalities. Copy one into your own list and adjust the local details before you publish it.</source>
        <translation>Published guides of other municipalities. Copy one into your own list and adjust the local details before you publish it.</translation>
    </message>
    <message>
        <source>Search the library …</source>
        <translation>Search the library …</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <source>Library guides</source>
        <translation>Library guides</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>The library is empty or not fetched yet.</source>
        <translation>The library is empty or not fetched yet.</translation>
    </message>
    <message>
        <source>%1 of %2 guides</source>
        <translation>%1 of %2 guides</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>LibraryUpdatePage</name>
    <message>
        <source>New version from the origin</source>
        <extracomment>Narrower than this (a handheld), the actions take two columns.</extracomment>
        <translation>New version from the origin</translation>
    </message>
    <message>
        <source>Take all</source>
        <translation>Take all</translation>
    </message>
    <message>
        <source>Everything the origin changed; your local changes are kept</source>
        <translation>Everything the origin changed; your local changes are kept</translation>
    </message>
    <message>
        <source>Take chosen parts</source>
        <translation>Take chosen parts</translation>
    </message>
    <message>
        <source>Dismiss this version</source>
        <translation>Dismiss this version</translation>
    </message>
    <message>
        <source>Not this version; a newer one is offered again</source>
        <translation>Not this version; a newer one is offered again</translation>
    </message>
    <message>
        <source>Suggest a change to the origin</source>
        <translation>Suggest a change to the origin</translation>
    </message>
    <message>
        <source>Stop following the origin</source>
        <translation>Stop following the origin</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>New version from %1: %2</source>
        <translation>New version from %1: %2</translation>
    </message>
    <message>
        <source>You copied version %1; %2 has since published version %3.</source>
        <translation>You copied version %1; %2 has since published version %3.</translation>
    </message>
    <message>
        <source>Title and search words</source>
        <translation>Title and search words</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>The new version changes nothing you can see.</source>
        <translation>The new version changes nothing you can see.</translation>
    </message>
    <message>
        <source>Take this change</source>
        <translation>Take this change</translation>
    </message>
    <message>
        <source>Take from %2: %1</source>
        <translation>Take from %2: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>%1 now:</source>
        <translation>%1 now:</translation>
    </message>
    <message>
        <source>When you copied it:</source>
        <translation>When you copied it:</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(did not exist)</translation>
    </message>
    <message>
        <source>Changed locally (kept when you take all):</source>
        <translation>Changed locally (kept when you take all):</translation>
    </message>
    <message>
        <source>Choose the parts to take first.</source>
        <translation>Choose the parts to take first.</translation>
    </message>
    <message>
        <source>The copy will no longer be offered new versions from %1. This cannot be undone. Continue?</source>
        <translation>The copy will no longer be offered new versions from %1. This cannot be undone. Continue?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in – Vejviser</source>
        <translation>Log in – Vejviser</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Login form</source>
        <translation>Login form</translation>
    </message>
    <message>
        <source>Log in to Vejviser</source>
        <translation>Log in to Vejviser</translation>
    </message>
    <message>
        <source>Use the account your municipality has created for you.</source>
        <translation>Use the account your municipality has created for you.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>e.g. https://vejviser.kommune.dk</source>
        <translation>e.g. https://vejviser.kommune.dk</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>e.g. 101</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>This computer has no keyring, so your login is kept for this session only: you log in again next time you start Vejviser. Saved guides can still be used.</source>
        <translation>This computer has no keyring, so your login is kept for this session only: you log in again next time you start Vejviser. Saved guides can still be used.</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Login error</translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <source>Use saved guides</source>
        <translation>Use saved guides</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation>Wrong user name or password. Check them and try again.</translation>
    </message>
    <message>
        <source>Municipality %1 is not on this server. Check the municipality code.</source>
        <translation>Municipality %1 is not on this server. Check the municipality code.</translation>
    </message>
    <message>
        <source>Vejviser cannot reach the server. Check the address and the network connection.</source>
        <translation>Vejviser cannot reach the server. Check the address and the network connection.</translation>
    </message>
    <message>
        <source>You can keep using the saved guides meanwhile.</source>
        <translation>You can keep using the saved guides meanwhile.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Your login has expired. Log in again.</translation>
    </message>
</context>
<context>
    <name>LookupFeature</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Search for a guide</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Browse by area, recent and favourites</source>
        <translation>Browse by area, recent and favourites</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>The guide is no longer available. Sync to update.</source>
        <translation>The guide is no longer available. Sync to update.</translation>
    </message>
    <message>
        <source>The answer is no longer available. Sync to update.</source>
        <translation>The answer is no longer available. Sync to update.</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>Added to favourites.</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>Removed from favourites.</translation>
    </message>
    <message>
        <source>Thank you! Your feedback is sent with the next sync.</source>
        <translation>Thank you! Your feedback is sent with the next sync.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vejviser</source>
        <translation>Vejviser</translation>
    </message>
    <message>
        <source>You are not logged in. The saved guides can be used; log in to sync.</source>
        <translation>You are not logged in. The saved guides can be used; log in to sync.</translation>
    </message>
    <message>
        <source>Log in to sync.</source>
        <translation>Log in to sync.</translation>
    </message>
    <message>
        <source>This computer has no keyring: your login is kept only while Vejviser is open.</source>
        <translation>This computer has no keyring: your login is kept only while Vejviser is open.</translation>
    </message>
    <message>
        <source>You are logged out. The saved guides can still be used.</source>
        <translation>You are logged out. The saved guides can still be used.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were refused by the server and will not be sent. The reason is in the log file.</source>
        <translation>
            <numerusform>%n item was refused by the server and will not be sent. The reason is in the log file.</numerusform>
            <numerusform>%n items were refused by the server and will not be sent. The reason is in the log file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>ManagementFeature</name>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Saved %1 (%2 kB).</source>
        <translation>Saved %1 (%2 kB).</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Resolved at once</translation>
    </message>
    <message>
        <source>Mean active time</source>
        <translation>Mean active time</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Cost per contact</translation>
    </message>
    <message>
        <source>Contacts per channel (click a bar for its areas)</source>
        <translation>Contacts per channel (click a bar for its areas)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Mean min.</source>
        <translation>Mean min.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Citizens&apos; answers: did you get help?</source>
        <translation>Citizens&apos; answers: did you get help?</translation>
    </message>
    <message>
        <source>Citizens&apos; answers per area</source>
        <translation>Citizens&apos; answers per area</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Yes, previous</source>
        <translation>Yes, previous</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>A day in the period</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Fetching the figures…</source>
        <translation>Fetching the figures…</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, compared with %3 – %4</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
    <message>
        <source>Resolved at once by %1: %2 (goal %3)</source>
        <translation>Resolved at once by %1: %2 (goal %3)</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Areas: %1</translation>
    </message>
    <message>
        <source>Areas: all channels</source>
        <translation>Areas: all channels</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 kr.</source>
        <translation>%1 kr.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Someone else changed the guide</source>
        <translation>Someone else changed the guide</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked part which text to keep; your own text is kept on this computer until the guide is saved.</source>
        <translation>Version %1 was saved while you were editing. Choose for each marked part which text to keep; your own text is kept on this computer until the guide is saved.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Your edit</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Saved by someone else (version %1)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Use the merged version</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Message type</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Message action</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MessagingFeature</name>
    <message>
        <source>Open a guide first; then send it to the citizen.</source>
        <translation>Open a guide first; then send it to the citizen.</translation>
    </message>
    <message>
        <source>Sent to the citizen: %1</source>
        <translation>Sent to the citizen: %1</translation>
    </message>
</context>
<context>
    <name>ModeBand</name>
    <message>
        <source>Mode</source>
        <extracomment>Narrower than this (a handheld), the switch takes the whole row and the count of open feedback shows as a number (its full text stays its accessible name and tooltip).</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Lookup or administration</source>
        <translation>Lookup or administration</translation>
    </message>
    <message>
        <source>Switch between lookup and administration</source>
        <translation>Switch between lookup and administration</translation>
    </message>
    <message numerus="yes">
        <source>%n open feedback item(s)</source>
        <translation>
            <numerusform>%n open feedback item</numerusform>
            <numerusform>%n open feedback items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MunicipalityCard</name>
    <message>
        <source>Municipality settings</source>
        <translation>Municipality settings</translation>
    </message>
    <message>
        <source>Apply to everyone in the municipality. Only administrators can change them.</source>
        <translation>Apply to everyone in the municipality. Only administrators can change them.</translation>
    </message>
    <message>
        <source>Statistics per staff member</source>
        <translation>Statistics per staff member</translation>
    </message>
    <message>
        <source>Managers can then see counts and times per staff member. Staff appear only as a code, never by name. Off unless you turn it on; tell your staff before you do.</source>
        <translation>Managers can then see counts and times per staff member. Staff appear only as a code, never by name. Off unless you turn it on; tell your staff before you do.</translation>
    </message>
    <message>
        <source>Not read from the server yet.</source>
        <translation>Not read from the server yet.</translation>
    </message>
    <message>
        <source>Reading from the server …</source>
        <translation>Reading from the server …</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Saved: statistics per staff member are on.</source>
        <translation>Saved: statistics per staff member are on.</translation>
    </message>
    <message>
        <source>Saved: statistics per staff member are off.</source>
        <translation>Saved: statistics per staff member are off.</translation>
    </message>
</context>
<context>
    <name>NavPanel</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>OriginBar</name>
    <message>
        <source>Suggest a change to the origin</source>
        <extracomment>Municipality code → name (from the library list; the code when unknown).</extracomment>
        <translation>Suggest a change to the origin</translation>
    </message>
    <message>
        <source>Copied from %1 (their guide %2, version %3)</source>
        <translation>Copied from %1 (their guide %2, version %3)</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>What needs work</source>
        <translation>What needs work</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Past review date</source>
        <translation>Past review date</translation>
    </message>
    <message>
        <source>Stale screenshots</source>
        <translation>Stale screenshots</translation>
    </message>
    <message>
        <source>Open feedback</source>
        <translation>Open feedback</translation>
    </message>
    <message>
        <source>Offline: the counts are from the last sync.</source>
        <translation>Offline: the counts are from the last sync.</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>New guide</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Searches without an answer</source>
        <translation>Searches without an answer</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>Guides that need work</source>
        <translation>Guides that need work</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Unsent changes on this computer</source>
        <translation>Unsent changes on this computer</translation>
    </message>
    <message>
        <source>Unsent</source>
        <translation>Unsent</translation>
    </message>
    <message>
        <source>Draft – not published</source>
        <translation>Draft – not published</translation>
    </message>
    <message>
        <source>Changes waiting to be published</source>
        <translation>Changes waiting to be published</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Past its review date</translation>
    </message>
    <message>
        <source>Screenshot may be stale</source>
        <translation>Screenshot may be stale</translation>
    </message>
    <message>
        <source>The library has a newer version</source>
        <translation>The library has a newer version</translation>
    </message>
</context>
<context>
    <name>PlaceSegments</name>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>More places</source>
        <translation>More places</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code – %1</source>
        <translation>QR code – %1</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Show QR code</translation>
    </message>
    <message>
        <source>Let the citizen scan the code with the phone&apos;s camera: the guide opens on the municipality&apos;s website, and the citizen can keep it.</source>
        <translation>Let the citizen scan the code with the phone&apos;s camera: the guide opens on the municipality&apos;s website, and the citizen can keep it.</translation>
    </message>
    <message>
        <source>Link to the guide</source>
        <translation>Link to the guide</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link copied</translation>
    </message>
</context>
<context>
    <name>RateRow</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Kroner per minute</source>
        <translation>Kroner per minute</translation>
    </message>
    <message>
        <source>kr. per minute, e.g. 6,50</source>
        <translation>kr. per minute, e.g. 6,50</translation>
    </message>
    <message>
        <source>Overhead per contact (kr.)</source>
        <translation>Overhead per contact (kr.)</translation>
    </message>
    <message>
        <source>kr. per contact, e.g. 12,00</source>
        <translation>kr. per contact, e.g. 12,00</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>Remove the rate</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unfinished contact</source>
        <translation>Unfinished contact</translation>
    </message>
    <message>
        <source>A contact was not finished</source>
        <translation>A contact was not finished</translation>
    </message>
    <message>
        <source>Vejviser was closed while a contact was timed: started at %1 (%2, %3), active time so far %4.</source>
        <translation>Vejviser was closed while a contact was timed: started at %1 (%2, %3), active time so far %4.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Continue the contact</source>
        <translation>Continue the contact</translation>
    </message>
    <message>
        <source>Finish it now</source>
        <translation>Finish it now</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <source>Name (e.g. Borgerservice)</source>
        <translation>Name (e.g. Borgerservice)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website (https://…)</source>
        <translation>Website (https://…)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>When to refer here</source>
        <translation>When to refer here</translation>
    </message>
</context>
<context>
    <name>ReportExtras</name>
    <message>
        <source>Save the KOMHEN file</source>
        <translation>Save the KOMHEN file</translation>
    </message>
    <message>
        <source>Saved %1 (%2 kB).</source>
        <translation>Saved %1 (%2 kB).</translation>
    </message>
    <message>
        <source>The subscription is saved.</source>
        <translation>The subscription is saved.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsController</name>
    <message>
        <source>The report settings are saved.</source>
        <translation>The report settings are saved.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsPage</name>
    <message>
        <source>Report settings</source>
        <extracomment>KOMHEN&apos;s column keys in the file&apos;s order.</extracomment>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>Used by every report: the goal, what a contact costs, and the KOMHEN counting-week file. Write amounts in kroner with a decimal comma, e.g. 1.234,50.</source>
        <translation>Used by every report: the goal, what a contact costs, and the KOMHEN counting-week file. Write amounts in kroner with a decimal comma, e.g. 1.234,50.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Save report settings</source>
        <translation>Save report settings</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Share resolved at once (%)</source>
        <translation>Share resolved at once (%)</translation>
    </message>
    <message>
        <source>The goal counts these channels</source>
        <translation>The goal counts these channels</translation>
    </message>
    <message>
        <source>Cost of a self-service solution (kr. per case)</source>
        <translation>Cost of a self-service solution (kr. per case)</translation>
    </message>
    <message>
        <source>Cost per channel</source>
        <translation>Cost per channel</translation>
    </message>
    <message>
        <source>A rate applies from its date until the channel&apos;s next rate. Staff time is counted in minutes; the overhead is added per contact.</source>
        <translation>A rate applies from its date until the channel&apos;s next rate. Staff time is counted in minutes; the overhead is added per contact.</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Add a rate</translation>
    </message>
    <message>
        <source>KOMHEN</source>
        <translation>KOMHEN</translation>
    </message>
    <message>
        <source>KOMHEN counting week</source>
        <translation>KOMHEN counting week</translation>
    </message>
    <message>
        <source>Henvendelsestype of each outcome</source>
        <translation>Henvendelsestype of each outcome</translation>
    </message>
    <message>
        <source>Henvendelsestype for %1</source>
        <translation>Henvendelsestype for %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Column headers of the file (as KL&apos;s code book names them)</source>
        <translation>Column headers of the file (as KL&apos;s code book names them)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Counting week</source>
        <translation>Counting week</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>KLE number</source>
        <translation>KLE number</translation>
    </message>
    <message>
        <source>Henvendelsestype</source>
        <translation>Henvendelsestype</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Column header: %1</source>
        <translation>Column header: %1</translation>
    </message>
    <message>
        <source>%1: »%2« is not a number. Write it the Danish way, e.g. 1.234,50.</source>
        <translation>%1: »%2« is not a number. Write it the Danish way, e.g. 1.234,50.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2.</source>
        <translation>%1 must be between 0 and %2.</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>The goal</translation>
    </message>
    <message>
        <source>Choose at least one channel for the goal.</source>
        <translation>Choose at least one channel for the goal.</translation>
    </message>
    <message>
        <source>%1 has two rates from the same date.</source>
        <translation>%1 has two rates from the same date.</translation>
    </message>
    <message>
        <source>Kroner per minute (%1)</source>
        <translation>Kroner per minute (%1)</translation>
    </message>
    <message>
        <source>Overhead per contact (%1)</source>
        <translation>Overhead per contact (%1)</translation>
    </message>
    <message>
        <source>Every column of the KOMHEN file needs a header.</source>
        <translation>Every column of the KOMHEN file needs a header.</translation>
    </message>
    <message>
        <source>Two columns of the KOMHEN file have the same header.</source>
        <translation>Two columns of the KOMHEN file have the same header.</translation>
    </message>
    <message>
        <source>The cost of a self-service solution</source>
        <translation>The cost of a self-service solution</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <source>Screenshot with notes</source>
        <translation>Screenshot with notes</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Black out</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Blur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Paste a screenshot</translation>
    </message>
    <message>
        <source>Undo redaction</source>
        <translation>Undo redaction</translation>
    </message>
    <message>
        <source>Notes on fields and buttons</source>
        <translation>Notes on fields and buttons</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Date the screenshot was taken</source>
        <translation>Date the screenshot was taken</translation>
    </message>
    <message>
        <source>Black-out and blur are burned into the uploaded image.</source>
        <translation>Black-out and blur are burned into the uploaded image.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use screenshot</source>
        <translation>Use screenshot</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>The clipboard holds no image.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Choose a screenshot</source>
        <translation>Choose a screenshot</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Click on the screenshot to place a numbered marker.</source>
        <translation>Click on the screenshot to place a numbered marker.</translation>
    </message>
    <message>
        <source>Field or button, e.g. Næste</source>
        <translation>Field or button, e.g. Næste</translation>
    </message>
    <message>
        <source>Name of field %1</source>
        <translation>Name of field %1</translation>
    </message>
    <message>
        <source>Remove marker %1</source>
        <translation>Remove marker %1</translation>
    </message>
    <message>
        <source>What the citizen does here</source>
        <translation>What the citizen does here</translation>
    </message>
    <message>
        <source>Explanation of field %1</source>
        <translation>Explanation of field %1</translation>
    </message>
    <message>
        <source>Add a screenshot first.</source>
        <translation>Add a screenshot first.</translation>
    </message>
    <message>
        <source>Write a name and an explanation for marker %1.</source>
        <translation>Write a name and an explanation for marker %1.</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search for a guide …</source>
        <translation>Search for a guide …</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Search for a guide</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow moves to the results, Enter opens.</source>
        <translation>Results appear as you type. Down arrow moves to the results, Enter opens.</translation>
    </message>
    <message>
        <source>No sure results</source>
        <translation>No sure results</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>Recently used guides</source>
        <translation>Recently used guides</translation>
    </message>
    <message>
        <source>Type a word, e.g. »flytning«, »sundhedskort« or »MitID«.</source>
        <translation>Type a word, e.g. »flytning«, »sundhedskort« or »MitID«.</translation>
    </message>
    <message>
        <source>Weak match</source>
        <translation>Weak match</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak matches for »%1« below – check that one fits before you use it.</source>
        <translation>Weak matches for »%1« below – check that one fits before you use it.</translation>
    </message>
    <message>
        <source>No results for »%1«. Try another word or fewer words: the official name (e.g. »boligstøtte«), the citizen&apos;s own words (e.g. »min mor er død«) or English – or browse by area.</source>
        <translation>No results for »%1«. Try another word or fewer words: the official name (e.g. »boligstøtte«), the citizen&apos;s own words (e.g. »min mor er død«) or English – or browse by area.</translation>
    </message>
</context>
<context>
    <name>SearchesPage</name>
    <message>
        <source>Searches without an answer</source>
        <translation>Searches without an answer</translation>
    </message>
    <message>
        <source>The last %1 days. Only the words of a search are kept, never who searched.</source>
        <translation>The last %1 days. Only the words of a search are kept, never who searched.</translation>
    </message>
    <message>
        <source>Learned search terms</source>
        <translation>Learned search terms</translation>
    </message>
    <message>
        <source>None yet. A term is learned when three staff members found a guide with it and registered the contact with that guide.</source>
        <translation>None yet. A term is learned when three staff members found a guide with it and registered the contact with that guide.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the guide&apos;s synonyms</source>
        <translation>Add to the guide&apos;s synonyms</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Searches that found nothing</translation>
    </message>
    <message>
        <source>Found something, nothing used</source>
        <translation>Found something, nothing used</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>»%1« – %2 time(s), %3 staff member(s)</source>
        <translation>»%1« – %2 time(s), %3 staff member(s)</translation>
    </message>
    <message>
        <source>Add as a search term to a guide</source>
        <translation>Add as a search term to a guide</translation>
    </message>
    <message>
        <source>Add »%1« as a search term to a guide</source>
        <translation>Add »%1« as a search term to a guide</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to citizen – %1</source>
        <translation>Send to citizen – %1</translation>
    </message>
    <message>
        <source>Send to citizen</source>
        <translation>Send to citizen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Send by</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>e.g. 20 12 34 56</source>
        <translation>e.g. 20 12 34 56</translation>
    </message>
    <message>
        <source>e.g. name@example.dk</source>
        <translation>e.g. name@example.dk</translation>
    </message>
    <message numerus="yes">
        <source>%n bullet(s) left out to keep the SMS within 3 parts.</source>
        <translation>
            <numerusform>%n bullet left out to keep the SMS within 3 parts.</numerusform>
            <numerusform>%n bullets left out to keep the SMS within 3 parts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the message: %1</source>
        <translation>Left out of the message: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>special characters (%1) make each SMS shorter</source>
        <translation>special characters (%1) make each SMS shorter</translation>
    </message>
    <message>
        <source>long message: consider shortening</source>
        <translation>long message: consider shortening</translation>
    </message>
    <message>
        <source>%1 encoding, %2 characters per part</source>
        <translation>%1 encoding, %2 characters per part</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s mobile number (Danish numbers without +45).</source>
        <translation>Enter the citizen&apos;s mobile number (Danish numbers without +45).</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s e-mail address.</source>
        <translation>Enter the citizen&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <source>Trying again …</source>
        <translation>Trying again …</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>The message was not sent.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the message was not sent. Try again when the connection is back, or discard it.</source>
        <translation>The server cannot be reached, so the message was not sent. Try again when the connection is back, or discard it.</translation>
    </message>
    <message>
        <source>Try again, or discard the message.</source>
        <translation>Try again, or discard the message.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>%1 (%2) in %3
Server: %4</source>
        <translation>%1 (%2) in %3
Server: %4</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Not logged in.</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline – showing saved guides</source>
        <translation>Offline – showing saved guides</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>Not logged in – showing saved guides</source>
        <translation>Not logged in – showing saved guides</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step title</source>
        <translation>Step title</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Screenshot with notes</source>
        <translation>Screenshot with notes</translation>
    </message>
    <message>
        <source>Add screenshot …</source>
        <translation>Add screenshot …</translation>
    </message>
    <message>
        <source>Remove screenshot</source>
        <translation>Remove screenshot</translation>
    </message>
    <message>
        <source>Change screenshot and notes …</source>
        <translation>Change screenshot and notes …</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>taken %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionCard</name>
    <message>
        <source>Reports by e-mail</source>
        <translation>Reports by e-mail</translation>
    </message>
    <message>
        <source>Get the previous month&apos;s or week&apos;s report as a PDF with the Excel file attached, on the first working day.</source>
        <translation>Get the previous month&apos;s or week&apos;s report as a PDF with the Excel file attached, on the first working day.</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>No e-mail</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>E-mail address for the report</source>
        <translation>E-mail address for the report</translation>
    </message>
    <message>
        <source>Save the subscription</source>
        <translation>Save the subscription</translation>
    </message>
    <message>
        <source>You receive no reports by e-mail.</source>
        <translation>You receive no reports by e-mail.</translation>
    </message>
    <message>
        <source>The monthly report is sent to %1.</source>
        <translation>The monthly report is sent to %1.</translation>
    </message>
    <message>
        <source>The weekly report is sent to %1.</source>
        <translation>The weekly report is sent to %1.</translation>
    </message>
    <message>
        <source>Write the e-mail address the report is sent to.</source>
        <translation>Write the e-mail address the report is sent to.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a change to %1</source>
        <translation>Suggest a change to %1</translation>
    </message>
    <message>
        <source>Your suggestion goes to the feedback inbox of %1, who wrote the guide. Their answer comes back here. Write no personal data about citizens.</source>
        <translation>Your suggestion goes to the feedback inbox of %1, who wrote the guide. Their answer comes back here. Write no personal data about citizens.</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <source>What should be changed, and why?</source>
        <translation>What should be changed, and why?</translation>
    </message>
    <message>
        <source>Attach our changed version of the guide</source>
        <translation>Attach our changed version of the guide</translation>
    </message>
    <message>
        <source>Send suggestion</source>
        <translation>Send suggestion</translation>
    </message>
    <message>
        <source>Write the suggestion first.</source>
        <translation>Write the suggestion first.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Our suggestions</source>
        <translation>Our suggestions</translation>
    </message>
    <message>
        <source>Our suggestions to other municipalities</source>
        <translation>Our suggestions to other municipalities</translation>
    </message>
    <message>
        <source>You have not sent any suggestions yet.</source>
        <translation>You have not sent any suggestions yet.</translation>
    </message>
    <message>
        <source>To %1 about their guide %2 (from our copy %3)</source>
        <translation>To %1 about their guide %2 (from our copy %3)</translation>
    </message>
    <message>
        <source>Their answer:</source>
        <translation>Their answer:</translation>
    </message>
</context>
<context>
    <name>TemplatesCompare</name>
    <message>
        <source>Compare the templates</source>
        <translation>Compare the templates</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Use this</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Use %1 from this version</translation>
    </message>
</context>
<context>
    <name>TemplatesFlow</name>
    <message>
        <source>Merged. Check the templates and save them.</source>
        <translation>Merged. Check the templates and save them.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Version %1 is restored as version %2.</translation>
    </message>
</context>
<context>
    <name>TemplatesHistoryPage</name>
    <message>
        <source>History of the templates</source>
        <translation>History of the templates</translation>
    </message>
    <message>
        <source>No saved versions yet: the municipality uses the shipped templates.</source>
        <translation>No saved versions yet: the municipality uses the shipped templates.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Older version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Back to the templates</source>
        <translation>Back to the templates</translation>
    </message>
    <message>
        <source>Version %1 – %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesMergeDialog</name>
    <message>
        <source>Someone else changed the templates</source>
        <translation>Someone else changed the templates</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the editor until you take the merged version.</source>
        <translation>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the editor until you take the merged version.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Your edit</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Saved by someone else (version %1)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Use the merged version</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Messages to citizens</source>
        <translation>Messages to citizens</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>SMS sender (at most 11 characters)</source>
        <translation>SMS sender (at most 11 characters)</translation>
    </message>
    <message>
        <source>Reply-to e-mail address</source>
        <translation>Reply-to e-mail address</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-mail subject</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS text</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Save templates</translation>
    </message>
</context>
<context>
    <name>TimerBand</name>
    <message>
        <source>Contact timer</source>
        <translation>Contact timer</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Active time</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start timing a contact</source>
        <translation>Start timing a contact</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the contact</source>
        <translation>Stop the contact</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Choose the outcome</translation>
    </message>
    <message>
        <source>Send to citizen</source>
        <translation>Send to citizen</translation>
    </message>
    <message>
        <source>Send the guide to the citizen</source>
        <translation>Send the guide to the citizen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Municipality?</source>
        <translation>Municipality?</translation>
    </message>
    <message>
        <source>The caller&apos;s municipality: its guides are shown first</source>
        <translation>The caller&apos;s municipality: its guides are shown first</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start a new contact</source>
        <translation>Start a new contact</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Resume the timer</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Contact running</source>
        <translation>Contact running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped – choose the outcome</source>
        <translation>Stopped – choose the outcome</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>%1 starts timing</source>
        <translation>%1 starts timing</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Active time %1</source>
        <translation>Active time %1</translation>
    </message>
    <message>
        <source>Channel of the next contact</source>
        <translation>Channel of the next contact</translation>
    </message>
    <message>
        <source>Place of the next contact</source>
        <translation>Place of the next contact</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n contact(s)</source>
        <translation>
            <numerusform>Today: %n contact</numerusform>
            <numerusform>Today: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>No municipality chosen for the caller</source>
        <translation>No municipality chosen for the caller</translation>
    </message>
    <message>
        <source>The caller&apos;s municipality: %1 (%2)</source>
        <translation>The caller&apos;s municipality: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Your day</translation>
    </message>
    <message>
        <source>Only your own registrations on this workstation are counted.</source>
        <translation>Only your own registrations on this workstation are counted.</translation>
    </message>
    <message>
        <source>Register by hand</source>
        <translation>Register by hand</translation>
    </message>
    <message>
        <source>Register a contact that was not timed</source>
        <translation>Register a contact that was not timed</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active time</source>
        <translation>%1 active time</translation>
    </message>
    <message>
        <source>No registrations yet today.</source>
        <translation>No registrations yet today.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Give the user this password; it is shown only now. They choose their own at the next login.</source>
        <translation>Give the user this password; it is shown only now. They choose their own at the next login.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Find the right guide while the citizen waits</source>
        <translation>Find the right guide while the citizen waits</translation>
    </message>
    <message>
        <source>Search for what the citizen asks about, or browse by area. Each guide has three levels: Guidance for everyone, Step by step when the citizen is stuck in the solution, and Referral when someone else handles it.</source>
        <translation>Search for what the citizen asks about, or browse by area. Each guide has three levels: Guidance for everyone, Step by step when the citizen is stuck in the solution, and Referral when someone else handles it.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
</TS>
