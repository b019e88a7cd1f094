<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Browse by area</source>
        <translation>Gennemse efter område</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Trin for trin</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Favourite on/off</source>
        <translation>Favorit til/fra</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Giv feedback</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiér link</translation>
    </message>
    <message>
        <source>Open the self-service solution</source>
        <translation>Åbn selvbetjeningsløsningen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Back / clear the search</source>
        <translation>Tilbage / ryd søgningen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Browse</source>
        <translation>Gennemse</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritter</translation>
    </message>
    <message>
        <source>Browse by</source>
        <translation>Gennemse efter</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>Guides and areas</source>
        <translation>Vejledninger og områder</translation>
    </message>
    <message>
        <source>The guides you open appear here.</source>
        <translation>De vejledninger, du åbner, vises her.</translation>
    </message>
    <message>
        <source>Mark a guide as favourite (Ctrl+D) to find it here.</source>
        <translation>Markér en vejledning som favorit (Ctrl+D) for at finde den her.</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Serviceområder</translation>
    </message>
    <message>
        <source>No service areas yet. Sync first.</source>
        <translation>Der er ingen serviceområder endnu. Synkronisér først.</translation>
    </message>
    <message>
        <source>No guides in this area yet.</source>
        <translation>Der er ingen vejledninger i dette område endnu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The server cannot be reached. You can keep using the saved guides; changes are sent when the connection is back.</source>
        <translation>Serveren kan ikke nås. Du kan fortsat bruge de gemte vejledninger; ændringer sendes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Dit login er udløbet. Log ind igen.</translation>
    </message>
    <message>
        <source>You have been logged out. Log in again.</source>
        <translation>Du er blevet logget ud. Log ind igen.</translation>
    </message>
    <message>
        <source>Your login is no longer valid. Log in again.</source>
        <translation>Dit login er ikke længere gyldigt. Log ind igen.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Din konto er deaktiveret.</translation>
    </message>
    <message>
        <source>Vejviser is not set up yet. Log in first.</source>
        <translation>Vejviser er ikke sat op endnu. Log ind først.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Skriv serverens adresse.</translation>
    </message>
    <message>
        <source>The municipality code must be three digits, e.g. 101 or 751.</source>
        <translation>Kommunekoden skal være tre cifre, fx 101 eller 751.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
    <message>
        <source>Write your feedback before you send it.</source>
        <translation>Skriv din feedback, før du sender den.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON. Is the address right?</source>
        <translation>Serveren svarede med noget, der ikke er JSON. Er adressen til serveren rigtig?</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Der skete en uventet fejl. Detaljerne står i logfilen; prøv igen.</translation>
    </message>
</context>
<context>
    <name>FaqAnswerView</name>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Linket er kopieret:</translation>
    </message>
</context>
<context>
    <name>FaqListView</name>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>MitID, Digital Post, browsers and apps – answers to read aloud.</source>
        <translation>MitID, Digital Post, browsere og apps – svar, du kan læse op for borgeren.</translation>
    </message>
    <message>
        <source>Filter the questions …</source>
        <translation>Filtrér spørgsmålene …</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Filtrér spørgsmålene</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation>Ingen spørgsmål passer.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback – %1</source>
        <translation>Giv feedback – %1</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Giv feedback</translation>
    </message>
    <message>
        <source>On »%1«. The guide&apos;s editors in your municipality read it.</source>
        <translation>Om »%1«. Vejledningens redaktører i din kommune læser den.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Hvad drejer det sig om?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Forældet</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Kind of feedback</source>
        <translation>Type af feedback</translation>
    </message>
    <message>
        <source>Something in the guide is wrong</source>
        <translation>Noget i vejledningen er forkert</translation>
    </message>
    <message>
        <source>The guide no longer matches the solution or the rules</source>
        <translation>Vejledningen passer ikke længere til løsningen eller reglerne</translation>
    </message>
    <message>
        <source>An idea that would make the guide better</source>
        <translation>En idé, der kan gøre vejledningen bedre</translation>
    </message>
    <message>
        <source>Your feedback</source>
        <translation>Din feedback</translation>
    </message>
    <message>
        <source>Describe what should be changed. Never write CPR numbers or names of citizens.</source>
        <translation>Beskriv, hvad der skal ændres. Skriv aldrig CPR-numre eller borgeres navne.</translation>
    </message>
    <message>
        <source>Feedback error</source>
        <translation>Fejl i feedback</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
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
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Open the self-service solution</source>
        <translation>Åbn selvbetjeningsløsningen</translation>
    </message>
    <message>
        <source>Open the link in the browser (Ctrl+O)</source>
        <translation>Åbn linket i browseren (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiér link</translation>
    </message>
    <message>
        <source>Copy the link, e.g. for a mail or text message (Ctrl+Shift+C)</source>
        <translation>Kopiér linket, fx til en mail eller sms (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Linket er kopieret:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Tell the citizen</source>
        <translation>Fortæl borgeren</translation>
    </message>
    <message>
        <source>This guide has no guidance text yet.</source>
        <translation>Vejledningen har ingen tekst endnu.</translation>
    </message>
    <message>
        <source>Self-service solution</source>
        <translation>Selvbetjeningsløsning</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Senest kontrolleret %1</translation>
    </message>
    <message>
        <source>The screenshot has not been fetched yet (sync to get it).</source>
        <translation>Skærmbilledet er ikke hentet endnu (synkronisér for at hente det).</translation>
    </message>
    <message>
        <source>The screenshot cannot be shown.</source>
        <translation>Skærmbilledet kan ikke vises.</translation>
    </message>
    <message>
        <source>Screenshot for step %1: %2</source>
        <translation>Skærmbillede til trin %1: %2</translation>
    </message>
    <message>
        <source>Click to enlarge the screenshot</source>
        <translation>Klik for at forstørre skærmbilledet</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>Fields and buttons</source>
        <translation>Felter og knapper</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Trin for trin</translation>
    </message>
    <message>
        <source>This guide has no step-by-step help.</source>
        <translation>Vejledningen har ingen trin-for-trin-hjælp.</translation>
    </message>
    <message>
        <source>Help inside the solution when the citizen is stuck</source>
        <translation>Hjælp inde i løsningen, når borgeren sidder fast</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>Kopiér telefonnummer</translation>
    </message>
    <message>
        <source>Phone number copied:</source>
        <translation>Telefonnummeret er kopieret:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Copy e-mail address</source>
        <translation>Kopiér e-mailadresse</translation>
    </message>
    <message>
        <source>E-mail address copied:</source>
        <translation>E-mailadressen er kopieret:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Åbn hjemmesiden</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Åbn hjemmesiden i browseren</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>This guide has no referral.</source>
        <translation>Vejledningen har ingen henvisning.</translation>
    </message>
    <message>
        <source>When the citizen cannot or should not use self-service</source>
        <translation>Når borgeren ikke kan eller bør bruge selvbetjening</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Guide header</source>
        <translation>Vejledningens overskrift</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Mark as favourite</source>
        <translation>Markér som favorit</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>Giv feedback</translation>
    </message>
    <message>
        <source>Give feedback on this guide</source>
        <translation>Giv feedback på denne vejledning</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Trin for trin</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Guide level</source>
        <translation>Niveau i vejledningen</translation>
    </message>
    <message>
        <source>Guidance for every citizen</source>
        <translation>Vejledning til alle borgere</translation>
    </message>
    <message>
        <source>Help inside the solution</source>
        <translation>Hjælp inde i løsningen</translation>
    </message>
    <message>
        <source>Who handles it when self-service is not possible</source>
        <translation>Hvem der tager sig af det, når selvbetjening ikke er mulig</translation>
    </message>
    <message>
        <source>Guide content</source>
        <translation>Vejledningens indhold</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Område: %1</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Tilføj til favoritter</translation>
    </message>
    <message>
        <source>Link copied:</source>
        <translation>Linket er kopieret:</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Screenshot</source>
        <translation>Skærmbillede</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in – Vejviser</source>
        <translation>Log ind – Vejviser</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Login form</source>
        <translation>Loginformular</translation>
    </message>
    <message>
        <source>Log in to Vejviser</source>
        <translation>Log ind i Vejviser</translation>
    </message>
    <message>
        <source>Use the account your municipality has created for you.</source>
        <translation>Brug den konto, din kommune har oprettet til dig.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverens adresse</translation>
    </message>
    <message>
        <source>e.g. https://vejviser.kommune.dk</source>
        <translation>fx https://vejviser.kommune.dk</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunekode</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>fx 101</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Husk mig på denne computer</translation>
    </message>
    <message>
        <source>This computer has no keyring, so your login is kept for this session only: you log in again next time you start Vejviser. Saved guides can still be used.</source>
        <translation>Der er ingen nøglering på denne computer, så dit login gemmes kun i denne session: Du skal logge ind igen, næste gang du starter Vejviser. De gemte vejledninger kan stadig bruges.</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Fejl ved login</translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation>Logger ind …</translation>
    </message>
    <message>
        <source>Use saved guides</source>
        <translation>Brug gemte vejledninger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation>Forkert brugernavn eller adgangskode. Tjek dem, og prøv igen.</translation>
    </message>
    <message>
        <source>Municipality %1 is not on this server. Check the municipality code.</source>
        <translation>Kommune %1 findes ikke på serveren. Tjek kommunekoden.</translation>
    </message>
    <message>
        <source>Vejviser cannot reach the server. Check the address and the network connection.</source>
        <translation>Vejviser kan ikke få forbindelse til serveren. Tjek adressen og netværksforbindelsen.</translation>
    </message>
    <message>
        <source>You can keep using the saved guides meanwhile.</source>
        <translation>Du kan bruge de gemte vejledninger imens.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again.</source>
        <translation>Dit login er udløbet. Log ind igen.</translation>
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
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>You are not logged in. The saved guides can be used; log in to sync.</source>
        <translation>Du er ikke logget ind. De gemte vejledninger kan bruges; log ind for at synkronisere.</translation>
    </message>
    <message>
        <source>The guide is no longer available. Sync to update.</source>
        <translation>Vejledningen findes ikke længere. Synkronisér for at opdatere.</translation>
    </message>
    <message>
        <source>The answer is no longer available. Sync to update.</source>
        <translation>Svaret findes ikke længere. Synkronisér for at opdatere.</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>Tilføjet til favoritter.</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>Fjernet fra favoritter.</translation>
    </message>
    <message>
        <source>Thank you! Your feedback is sent with the next sync.</source>
        <translation>Tak! Din feedback sendes ved næste synkronisering.</translation>
    </message>
    <message>
        <source>This computer has no keyring: your login is kept only while Vejviser is open.</source>
        <translation>Der er ingen nøglering på denne computer: Dit login gemmes kun, så længe Vejviser er åben.</translation>
    </message>
    <message>
        <source>You are logged out. The saved guides can still be used.</source>
        <translation>Du er logget ud. De gemte vejledninger kan stadig bruges.</translation>
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
        <translation>Log ind</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Beskedtype</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Beskedtekst</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Luk beskeden</translation>
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
        <translation>Søg</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Søg efter en vejledning</translation>
    </message>
    <message>
        <source>Browse by area, recent and favourites</source>
        <translation>Gennemse områder, seneste og favoritter</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search for a guide …</source>
        <translation>Søg efter en vejledning …</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Søg efter en vejledning</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow moves to the results, Enter opens.</source>
        <translation>Resultaterne vises, mens du skriver. Pil ned går til resultaterne, Enter åbner.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Søgestatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>Recently used guides</source>
        <translation>Senest brugte vejledninger</translation>
    </message>
    <message>
        <source>Type a word, e.g. »flytning«, »sundhedskort« or »MitID«.</source>
        <translation>Skriv et ord, fx »flytning«, »sundhedskort« eller »MitID«.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for »%1«. Try another word, or browse by area.</source>
        <translation>Ingen resultater for »%1«. Prøv et andet ord, eller se under Områder.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Større</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Log ind igen</translation>
    </message>
    <message>
        <source>%1 (%2) in %3
Server: %4</source>
        <translation>%1 (%2) i %3
Server: %4</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Ikke logget ind.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Title bar</source>
        <translation>Titellinje</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
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
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline – showing saved guides</source>
        <translation>Offline – viser gemte vejledninger</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Not logged in – showing saved guides</source>
        <translation>Ikke logget ind – viser gemte vejledninger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Senest synkroniseret %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n venter på at blive sendt</numerusform>
            <numerusform>%n venter på at blive sendt</numerusform>
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
        <translation>Find den rigtige vejledning, mens borgeren venter</translation>
    </message>
    <message>
        <source>Search for what the citizen asks about, or browse by area. Each guide has three levels: Guidance for everyone, Step by step when the citizen is stuck in the solution, and Referral when someone else handles it.</source>
        <translation>Søg på det, borgeren spørger om, eller gennemse områderne. Hver vejledning har tre niveauer: Vejledning til alle, Trin for trin, når borgeren sidder fast i løsningen, og Henvisning, når en anden tager sig af sagen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
</TS>
