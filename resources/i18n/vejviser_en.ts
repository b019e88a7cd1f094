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
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Open the self-service solution</source>
        <translation>Open the self-service solution</translation>
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
</context>
<context>
    <name>BrowseView</name>
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
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>The municipality code must be three digits, e.g. 101 or 751.</source>
        <translation>The municipality code must be three digits, e.g. 101 or 751.</translation>
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
        <source>The server answered with something that is not JSON. Is the address right?</source>
        <translation>The server answered with something that is not JSON. Is the address right?</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Something unexpected went wrong. The details are in the log file; please try again.</translation>
    </message>
</context>
<context>
    <name>FaqAnswerView</name>
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
    <name>FaqListView</name>
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
    <name>GuideLevels</name>
    <message>
        <source>Bullet</source>
        <extracomment>Thumbnails fit this box (small enough for a 400 px handheld); a click shows full size.</extracomment>
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
    <name>GuideView</name>
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
        <source>Link copied:</source>
        <translation>Link copied:</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Vejviser</source>
        <translation>Vejviser</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>You are not logged in. The saved guides can be used; log in to sync.</source>
        <translation>You are not logged in. The saved guides can be used; log in to sync.</translation>
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
            <numerusform>%n element blev afvist af serveren og bliver ikke sendt. Årsagen står i logfilen.</numerusform>
            <numerusform>%n elementer blev afvist af serveren og bliver ikke sendt. Årsagen står i logfilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
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
    <name>NavPanel</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Search for a guide</translation>
    </message>
    <message>
        <source>Browse by area, recent and favourites</source>
        <translation>Browse by area, recent and favourites</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Technical FAQ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
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
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for »%1«. Try another word, or browse by area.</source>
        <translation>No results for »%1«. Try another word, or browse by area.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
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
    <name>Shell</name>
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
    <name>StatusPanel</name>
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
