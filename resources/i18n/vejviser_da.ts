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
        <source>Show QR code</source>
        <translation>Vis QR-kode</translation>
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
        <source>Send the guide to the citizen</source>
        <translation>Send vejledningen til borgeren</translation>
    </message>
    <message>
        <source>Start / stop the contact</source>
        <translation>Start / stop henvendelsen</translation>
    </message>
    <message>
        <source>Pause / resume the contact</source>
        <translation>Pause / fortsæt henvendelsen</translation>
    </message>
    <message>
        <source>Register a contact by hand</source>
        <translation>Registrér en henvendelse manuelt</translation>
    </message>
    <message>
        <source>Today: your contacts</source>
        <translation>I dag: dine henvendelser</translation>
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
    <name>BrowseSection</name>
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
    <name>Contact</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fremmøde</translation>
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
        <translation>Mail</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Udkørende</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Løst straks</translation>
    </message>
    <message>
        <source>Helped to self-service</source>
        <translation>Hjulpet til selvbetjening</translation>
    </message>
    <message>
        <source>Assisted self-service</source>
        <translation>Medbetjent</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Sag oprettet</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Ikke løst</translation>
    </message>
    <message>
        <source>Digitally ready</source>
        <translation>Digitalt parat</translation>
    </message>
    <message>
        <source>Not digitally ready</source>
        <translation>Ikke digitalt parat</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Særlige behov</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>leveret</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fejlede</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>The previous contact was registered with the remembered choices.</source>
        <translation>Den forrige henvendelse er registreret med de huskede valg.</translation>
    </message>
    <message>
        <source>Contact started with the search (F9 stops it).</source>
        <translation>Henvendelsen blev startet med søgningen (F9 stopper den).</translation>
    </message>
</context>
<context>
    <name>ContactFeature</name>
    <message>
        <source>The unfinished contact was discarded.</source>
        <translation>Den ufærdige henvendelse er kasseret.</translation>
    </message>
    <message>
        <source>Saved %1:</source>
        <translation>Gemt %1:</translation>
    </message>
    <message>
        <source>The last registration can no longer be changed.</source>
        <translation>Den seneste registrering kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Correction saved: %1</source>
        <translation>Rettelsen er gemt: %1</translation>
    </message>
    <message>
        <source>The contact was discarded without a registration.</source>
        <translation>Henvendelsen er kasseret uden registrering.</translation>
    </message>
    <message>
        <source>The last registration was undone.</source>
        <translation>Den seneste registrering er fortrudt.</translation>
    </message>
</context>
<context>
    <name>ContactSettingsCard</name>
    <message>
        <source>Contact registration</source>
        <translation>Henvendelsesregistrering</translation>
    </message>
    <message>
        <source>Presets of this workstation; they can be switched during a contact.</source>
        <translation>Forvalg for denne arbejdsplads; de kan skiftes under en henvendelse.</translation>
    </message>
    <message>
        <source>Default channel</source>
        <translation>Standardkanal</translation>
    </message>
    <message>
        <source>Default channel: %1</source>
        <translation>Standardkanal: %1</translation>
    </message>
    <message>
        <source>Places (the default is chosen)</source>
        <translation>Steder (standardstedet er valgt)</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nyt sted</translation>
    </message>
    <message>
        <source>e.g. Hovedbiblioteket</source>
        <translation>fx Hovedbiblioteket</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Start a contact when a search begins</source>
        <translation>Start en henvendelse, når en søgning begynder</translation>
    </message>
    <message>
        <source>When no contact is running, typing in the search box starts the timer.</source>
        <translation>Når ingen henvendelse kører, starter tiden, så snart du skriver i søgefeltet.</translation>
    </message>
    <message>
        <source>Default place: %1</source>
        <translation>Standardsted: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
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
        <source>You are not logged in. Log in and try again.</source>
        <translation>Du er ikke logget ind. Log ind, og prøv igen.</translation>
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
        <source>The text seems to contain a CPR number. Personal ID numbers must not be stored; remove the number and try again.</source>
        <translation>Teksten ser ud til at indeholde et CPR-nummer. Personnumre må ikke gemmes — fjern nummeret og prøv igen.</translation>
    </message>
    <message>
        <source>The note seems to contain a phone number or an e-mail address. Write it without, so the citizen cannot be recognised in the registration.</source>
        <translation>Noten ser ud til at indeholde et telefonnummer eller en e-mailadresse. Skriv den uden, så borgeren ikke kan genkendes i registreringen.</translation>
    </message>
    <message>
        <source>The text contains an invalid character.</source>
        <translation>Teksten indeholder et ugyldigt tegn.</translation>
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
    <name>FaqAnswerPage</name>
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
    <name>FaqSection</name>
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
    <name>FinishPage</name>
    <message>
        <source>Finish the contact</source>
        <translation>Afslut henvendelsen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>Authority or unit</source>
        <translation>Myndighed eller enhed</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Citizen type</source>
        <translation>Borgertype</translation>
    </message>
    <message>
        <source>Stuck in a self-service solution (optional)</source>
        <translation>Gået i stå i en selvbetjeningsløsning (valgfrit)</translation>
    </message>
    <message>
        <source>Stuck in a self-service solution</source>
        <translation>Gået i stå i en selvbetjeningsløsning</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (valgfri)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>Fejl i registreringen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Register with these choices</source>
        <translation>Registrér med disse valg</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Discard the contact without registering it (tap twice)</source>
        <translation>Kassér henvendelsen uden at registrere den (tryk to gange)</translation>
    </message>
    <message>
        <source>Tap again</source>
        <translation>Tryk igen</translation>
    </message>
    <message>
        <source>Tap again to discard the contact</source>
        <translation>Tryk igen for at kassere henvendelsen</translation>
    </message>
    <message>
        <source>Discard the contact</source>
        <translation>Kassér henvendelsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Never CPR numbers, names, phone numbers or e-mail addresses</source>
        <translation>Aldrig CPR-numre, navne, telefonnumre eller e-mailadresser</translation>
    </message>
    <message>
        <source>Correct the last registration</source>
        <translation>Ret den seneste registrering</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Gem rettelsen</translation>
    </message>
    <message>
        <source>Register a contact by hand</source>
        <translation>Registrér en henvendelse manuelt</translation>
    </message>
    <message>
        <source>For a contact that was not timed: how long did it take?</source>
        <translation>For en henvendelse, der ikke blev taget tid på: Hvor lang tid tog den?</translation>
    </message>
    <message>
        <source>Not stuck / not relevant</source>
        <translation>Ikke gået i stå / ikke relevant</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n vejledning</numerusform>
            <numerusform>%n vejledninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n besked sendt</numerusform>
            <numerusform>%n beskeder sendt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
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
    <name>GuidePage</name>
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
        <source>Send to citizen</source>
        <translation>Send til borger</translation>
    </message>
    <message>
        <source>Send the guidance by SMS or e-mail</source>
        <translation>Send vejledningen som SMS eller e-mail</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Vis QR-kode</translation>
    </message>
    <message>
        <source>The citizen scans the guide&apos;s link with their own phone</source>
        <translation>Borgeren scanner vejledningens link med sin egen mobil</translation>
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
        <source>Sent to citizen: %1</source>
        <translation>Sendt til borger: %1</translation>
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
    <name>LastRegistrationBand</name>
    <message>
        <source>Last registration</source>
        <translation>Seneste registrering</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Correct the last registration (10 minutes)</source>
        <translation>Ret den seneste registrering (i 10 minutter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo the last registration (10 minutes)</source>
        <translation>Fortryd den seneste registrering (i 10 minutter)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
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
    <name>LookupFeature</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search for a guide</source>
        <translation>Søg efter en vejledning</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Browse by area, recent and favourites</source>
        <translation>Gennemse områder, seneste og favoritter</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vejviser</source>
        <translation>Vejviser</translation>
    </message>
    <message>
        <source>You are not logged in. The saved guides can be used; log in to sync.</source>
        <translation>Du er ikke logget ind. De gemte vejledninger kan bruges; log ind for at synkronisere.</translation>
    </message>
    <message>
        <source>Log in to sync.</source>
        <translation>Log ind for at synkronisere.</translation>
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
    <name>MessagingFeature</name>
    <message>
        <source>Open a guide first; then send it to the citizen.</source>
        <translation>Åbn først en vejledning, og send den så til borgeren.</translation>
    </message>
    <message>
        <source>Sent to the citizen: %1</source>
        <translation>Sendt til borgeren: %1</translation>
    </message>
</context>
<context>
    <name>MunicipalityCard</name>
    <message>
        <source>Municipality settings</source>
        <translation>Kommunens indstillinger</translation>
    </message>
    <message>
        <source>Apply to everyone in the municipality. Only administrators can change them.</source>
        <translation>Gælder alle i kommunen. Kun administratorer kan ændre dem.</translation>
    </message>
    <message>
        <source>Statistics per staff member</source>
        <translation>Tal pr. medarbejder</translation>
    </message>
    <message>
        <source>Managers can then see counts and times per staff member. Staff appear only as a code, never by name. Off unless you turn it on; tell your staff before you do.</source>
        <translation>Ledere kan så se antal og tid pr. medarbejder. Medarbejderne vises kun som en kode, aldrig med navn. Det er slået fra, indtil du slår det til; fortæl medarbejderne det, før du gør.</translation>
    </message>
    <message>
        <source>Not read from the server yet.</source>
        <translation>Endnu ikke hentet fra serveren.</translation>
    </message>
    <message>
        <source>Reading from the server …</source>
        <translation>Henter fra serveren …</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <source>Saved: statistics per staff member are on.</source>
        <translation>Gemt: Tal pr. medarbejder er slået til.</translation>
    </message>
    <message>
        <source>Saved: statistics per staff member are off.</source>
        <translation>Gemt: Tal pr. medarbejder er slået fra.</translation>
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
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
</context>
<context>
    <name>PlaceSegments</name>
    <message>
        <source>More…</source>
        <translation>Flere…</translation>
    </message>
    <message>
        <source>More places</source>
        <translation>Flere steder</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>QR code – %1</source>
        <translation>QR-kode – %1</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Vis QR-kode</translation>
    </message>
    <message>
        <source>Let the citizen scan the code with the phone&apos;s camera: the guide opens on the municipality&apos;s website, and the citizen can keep it.</source>
        <translation>Lad borgeren scanne koden med mobilens kamera: vejledningen åbner på kommunens hjemmeside, og borgeren kan gemme den.</translation>
    </message>
    <message>
        <source>Link to the guide</source>
        <translation>Link til vejledningen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiér link</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Linket er kopieret</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unfinished contact</source>
        <translation>Ufærdig henvendelse</translation>
    </message>
    <message>
        <source>A contact was not finished</source>
        <translation>En henvendelse blev ikke afsluttet</translation>
    </message>
    <message>
        <source>Vejviser was closed while a contact was timed: started at %1 (%2, %3), active time so far %4.</source>
        <translation>Vejviser blev lukket, mens der blev taget tid på en henvendelse: startet kl. %1 (%2, %3), aktiv tid indtil nu %4.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Hvad vil du gøre?</translation>
    </message>
    <message>
        <source>Continue the contact</source>
        <translation>Fortsæt henvendelsen</translation>
    </message>
    <message>
        <source>Finish it now</source>
        <translation>Afslut den nu</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Kassér den</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
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
        <source>No sure results</source>
        <translation>Ingen sikre resultater</translation>
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
    <message>
        <source>Weak match</source>
        <translation>Svagt match</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak matches for »%1« below – check that one fits before you use it.</source>
        <translation>Svage match for »%1« nedenfor – tjek, at et af dem passer, før du bruger det.</translation>
    </message>
    <message>
        <source>No results for »%1«. Try another word or fewer words: the official name (e.g. »boligstøtte«), the citizen&apos;s own words (e.g. »min mor er død«) or English – or browse by area.</source>
        <translation>Ingen resultater for »%1«. Prøv et andet ord eller færre ord: det officielle navn (fx »boligstøtte«), borgerens egne ord (fx »min mor er død«) eller engelsk – eller se under Områder.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to citizen – %1</source>
        <translation>Send til borger – %1</translation>
    </message>
    <message>
        <source>Send to citizen</source>
        <translation>Send til borger</translation>
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
        <translation>Send som</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send beskeden</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>e.g. 20 12 34 56</source>
        <translation>fx 20 12 34 56</translation>
    </message>
    <message>
        <source>e.g. name@example.dk</source>
        <translation>fx navn@eksempel.dk</translation>
    </message>
    <message numerus="yes">
        <source>%n bullet(s) left out to keep the SMS within 3 parts.</source>
        <translation>
            <numerusform>%n punkt er udeladt, så SMS&apos;en holder sig inden for 3 dele.</numerusform>
            <numerusform>%n punkter er udeladt, så SMS&apos;en holder sig inden for 3 dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the message: %1</source>
        <translation>Udeladt af beskeden: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tegn</numerusform>
            <numerusform>%n tegn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS&apos;er</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <source>special characters (%1) make each SMS shorter</source>
        <translation>specialtegn (%1) gør hver SMS kortere</translation>
    </message>
    <message>
        <source>long message: consider shortening</source>
        <translation>lang besked: overvej at forkorte</translation>
    </message>
    <message>
        <source>%1 encoding, %2 characters per part</source>
        <translation>%1-kodning, %2 tegn pr. del</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s mobile number (Danish numbers without +45).</source>
        <translation>Skriv borgerens mobilnummer (danske numre uden +45).</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s e-mail address.</source>
        <translation>Skriv borgerens e-mailadresse.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>Trying again …</source>
        <translation>Prøver igen …</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>Beskeden blev ikke sendt.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen årsag oplyst</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the message was not sent. Try again when the connection is back, or discard it.</source>
        <translation>Serveren kan ikke nås, så beskeden blev ikke sendt. Prøv igen, når forbindelsen er tilbage, eller kassér beskeden.</translation>
    </message>
    <message>
        <source>Try again, or discard the message.</source>
        <translation>Prøv igen, eller kassér beskeden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
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
    <name>StatusBand</name>
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
    <name>TimerBand</name>
    <message>
        <source>Contact timer</source>
        <translation>Tidtagning af henvendelsen</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktiv tid</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start timing a contact</source>
        <translation>Start tidtagning af en henvendelse</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the contact</source>
        <translation>Stop henvendelsen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Sæt tiden på pause</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Vælg udfaldet</translation>
    </message>
    <message>
        <source>Send to citizen</source>
        <translation>Send til borger</translation>
    </message>
    <message>
        <source>Send the guide to the citizen</source>
        <translation>Send vejledningen til borgeren</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Start a new contact</source>
        <translation>Start en ny henvendelse</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Fortsæt tidtagningen</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Ingen henvendelse</translation>
    </message>
    <message>
        <source>Contact running</source>
        <translation>Henvendelse i gang</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Stopped – choose the outcome</source>
        <translation>Stoppet – vælg udfald</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>%1 starts timing</source>
        <translation>%1 starter tidtagningen</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n vejledning</numerusform>
            <numerusform>%n vejledninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n besked sendt</numerusform>
            <numerusform>%n beskeder sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Active time %1</source>
        <translation>Aktiv tid %1</translation>
    </message>
    <message>
        <source>Channel of the next contact</source>
        <translation>Kanal for næste henvendelse</translation>
    </message>
    <message>
        <source>Place of the next contact</source>
        <translation>Sted for næste henvendelse</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n contact(s)</source>
        <translation>
            <numerusform>I dag: %n henvendelse</numerusform>
            <numerusform>I dag: %n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>I dag %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Din dag</translation>
    </message>
    <message>
        <source>Only your own registrations on this workstation are counted.</source>
        <translation>Kun dine egne registreringer på denne arbejdsplads tælles med.</translation>
    </message>
    <message>
        <source>Register by hand</source>
        <translation>Registrér manuelt</translation>
    </message>
    <message>
        <source>Register a contact that was not timed</source>
        <translation>Registrér en henvendelse, der ikke blev taget tid på</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n henvendelse</numerusform>
            <numerusform>%n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active time</source>
        <translation>%1 aktiv tid</translation>
    </message>
    <message>
        <source>No registrations yet today.</source>
        <translation>Ingen registreringer endnu i dag.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelt</translation>
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
