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
    <message>
        <source>Lookup / administration</source>
        <translation>Opslag / administration</translation>
    </message>
    <message>
        <source>Save the guide as draft</source>
        <translation>Gem vejledningen som kladde</translation>
    </message>
    <message>
        <source>Publish the guide</source>
        <translation>Udgiv vejledningen</translation>
    </message>
</context>
<context>
    <name>AdminFeature</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>Shared hotlines</source>
        <translation>Fælles hotlines</translation>
    </message>
    <message>
        <source>Merged. Check the guide and save or publish it.</source>
        <translation>Flettet. Se vejledningen igennem, og gem eller udgiv den.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Version %1 er gendannet som version %2.</translation>
    </message>
    <message>
        <source>The answer is saved; the staff member sees it after a sync.</source>
        <translation>Svaret er gemt; medarbejderen ser det efter næste synkronisering.</translation>
    </message>
    <message>
        <source>The search term is added to the guide.</source>
        <translation>Søgeordet er tilføjet vejledningen.</translation>
    </message>
    <message>
        <source>The learned search term is rejected.</source>
        <translation>Det lærte søgeord er afvist.</translation>
    </message>
    <message>
        <source>%1 has access to your guides.</source>
        <translation>%1 har adgang til jeres vejledninger.</translation>
    </message>
    <message>
        <source>%1 no longer has access to your guides.</source>
        <translation>%1 har ikke længere adgang til jeres vejledninger.</translation>
    </message>
    <message>
        <source>The templates are saved.</source>
        <translation>Skabelonerne er gemt.</translation>
    </message>
    <message>
        <source>The user is created.</source>
        <translation>Brugeren er oprettet.</translation>
    </message>
    <message>
        <source>The password is reset; give the user the new one.</source>
        <translation>Adgangskoden er nulstillet; giv brugeren den nye.</translation>
    </message>
    <message>
        <source>The account is changed.</source>
        <translation>Kontoen er ændret.</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
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
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Udgivet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
</context>
<context>
    <name>AnnotateCanvas</name>
    <message>
        <source>Screenshot to annotate</source>
        <translation>Skærmbillede, der skal forklares</translation>
    </message>
    <message>
        <source>Paste a screenshot (Ctrl+V), drop an image here or choose a file.</source>
        <translation>Indsæt et skærmbillede (Ctrl+V), træk et billede herind, eller vælg en fil.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPanel</name>
    <message>
        <source>Share by %1</source>
        <translation>Andel %1</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Løst med det samme</translation>
    </message>
    <message>
        <source>Mean handling time</source>
        <translation>Gennemsnitlig behandlingstid</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Omkostning pr. henvendelse</translation>
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
        <translation>Sammenligning med andre kommuner</translation>
    </message>
    <message>
        <source>Your figures beside the median of the municipalities that take part. A median of fewer than five municipalities is never shown, and no municipality is named.</source>
        <translation>Jeres tal ved siden af medianen for de kommuner, der deltager. En median af færre end fem kommuner vises aldrig, og ingen kommune nævnes ved navn.</translation>
    </message>
    <message>
        <source>Our municipality takes part in the comparison</source>
        <translation>Vores kommune deltager i sammenligningen</translation>
    </message>
    <message>
        <source>Take part in the comparison</source>
        <translation>Deltag i sammenligningen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jeres</translation>
    </message>
    <message>
        <source>Median of participants</source>
        <translation>Median for deltagerne</translation>
    </message>
    <message>
        <source>Your municipality does not take part: only your own figures are shown. An administrator can switch on the participation.</source>
        <translation>Jeres kommune deltager ikke: kun jeres egne tal vises. En administrator kan slå deltagelsen til.</translation>
    </message>
    <message>
        <source>The medians are of %1 municipalities.</source>
        <translation>Medianerne er af %1 kommuner.</translation>
    </message>
    <message>
        <source>The median of %1 municipalities</source>
        <translation>Medianen af %1 kommuner</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 municipalities</source>
        <translation>Tilbageholdt: færre end %1 kommuner</translation>
    </message>
    <message>
        <source>Only for participating municipalities</source>
        <translation>Kun for deltagende kommuner</translation>
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
    <name>BulletRow</name>
    <message>
        <source>What to tell the citizen</source>
        <translation>Hvad borgeren skal have at vide</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <source>The caller&apos;s municipality</source>
        <translation>Borgerens kommune</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Søg på navn eller kommunekode</translation>
    </message>
    <message>
        <source>Search for the caller&apos;s municipality</source>
        <translation>Søg efter borgerens kommune</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Medlemskommuner</translation>
    </message>
    <message>
        <source>No member municipality matches.</source>
        <translation>Ingen medlemskommune passer.</translation>
    </message>
    <message>
        <source>None (the hotline&apos;s own guides)</source>
        <translation>Ingen (hotlinens egne vejledninger)</translation>
    </message>
</context>
<context>
    <name>CitizenWebController</name>
    <message>
        <source>Citizen web</source>
        <translation>Borgerweb</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>The citizen web settings are saved.</source>
        <translation>Borgerwebbens indstillinger er gemt.</translation>
    </message>
    <message>
        <source>The image is uploaded. Save to make it the logo.</source>
        <translation>Billedet er uploadet. Gem for at gøre det til logoet.</translation>
    </message>
</context>
<context>
    <name>CitizenWebPage</name>
    <message>
        <source>Citizen web settings</source>
        <translation>Indstillinger for borgerweb</translation>
    </message>
    <message>
        <source>Citizens find the guides you publish for them on the citizen web. These settings are kept on the server: it must be reachable to change them.</source>
        <translation>Borgerne finder de vejledninger, I udgiver til dem, på borgerwebben. Indstillingerne ligger på serveren: den skal kunne nås, for at de kan ændres.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the settings cannot be changed right now. What you have typed is kept; save again when the connection is back.</source>
        <translation>Serveren kan ikke nås, så indstillingerne kan ikke ændres lige nu. Det, du har skrevet, bliver stående; gem igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the citizen web settings</source>
        <translation>Gem borgerwebbens indstillinger</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Offentlig adresse</translation>
    </message>
    <message>
        <source>The address citizens reach the citizen web at, e.g. https://vejviser.kommune.dk. QR codes and share links use it; until it is set, the desktop shows no QR code.</source>
        <translation>Adressen, borgerne når borgerwebben på, fx https://vejviser.kommune.dk. QR-koder og delte links bruger den; indtil den er sat, viser skrivebordsprogrammet ingen QR-kode.</translation>
    </message>
    <message>
        <source>Open the citizen web</source>
        <translation>Åbn borgerweb</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>The colour of the header and the buttons, as #rrggbb. White text must be readable on it (a contrast of at least 4.5:1).</source>
        <translation>Farven på sidehovedet og knapperne, som #rrggbb. Hvid tekst skal kunne læses på den (en kontrast på mindst 4,5:1).</translation>
    </message>
    <message>
        <source>Preview of the colour</source>
        <translation>Forhåndsvisning af farven</translation>
    </message>
    <message>
        <source>Choose colour…</source>
        <translation>Vælg farve…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Shown at the top of every page. A PNG, JPEG or WebP image of at most 5 MB.</source>
        <translation>Vises øverst på hver side. Et PNG-, JPEG- eller WebP-billede på højst 5 MB.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Vælg billede…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Fjern logo</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tilgængelighedserklæring</translation>
    </message>
    <message>
        <source>The address of the statement you made in digst.dk&apos;s WAS tool. Every page of the citizen web links to it.</source>
        <translation>Adressen på den erklæring, I har lavet i digst.dk&apos;s WAS-værktøj. Hver side på borgerwebben linker til den.</translation>
    </message>
    <message>
        <source>No logo: the citizen web shows the name.</source>
        <translation>Intet logo: borgerwebben viser navnet.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Logoet</translation>
    </message>
    <message>
        <source>A logo is chosen.</source>
        <translation>Der er valgt et logo.</translation>
    </message>
    <message>
        <source>Save the public address first; then the citizen web can be opened.</source>
        <translation>Gem den offentlige adresse først; så kan borgerwebben åbnes.</translation>
    </message>
    <message>
        <source>Not a colour yet</source>
        <translation>Ikke en farve endnu</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Vælg logoet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Write the whole address, beginning with https:// (or http://), e.g. https://vejviser.kommune.dk.</source>
        <translation>Skriv hele adressen, så den begynder med https:// (eller http://), fx https://vejviser.kommune.dk.</translation>
    </message>
    <message>
        <source>The address is too long (at most 2000 characters).</source>
        <translation>Adressen er for lang (højst 2000 tegn).</translation>
    </message>
    <message>
        <source>Write the colour as #rrggbb, e.g. #1f4e79.</source>
        <translation>Skriv farven som #rrggbb, fx #1f4e79.</translation>
    </message>
</context>
<context>
    <name>CitizenWebSection</name>
    <message>
        <source>Citizen web</source>
        <translation>Borgerweb</translation>
    </message>
    <message>
        <source>The guides you publish for citizens, on every phone: search, share by e-mail, SMS or QR code, print. Set up its address, colour, logo and accessibility statement here; the server must be reachable to change them.</source>
        <translation>De vejledninger, I udgiver til borgerne, på enhver telefon: søg, del med mail, sms eller QR-kode, udskriv. Her sætter du adresse, farve, logo og tilgængelighedserklæring op; serveren skal kunne nås, for at de kan ændres.</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Ikke hentet endnu.</translation>
    </message>
    <message>
        <source>Citizen web settings</source>
        <translation>Indstillinger for borgerweb</translation>
    </message>
    <message>
        <source>Not set: the desktop shows no QR code until it is.</source>
        <translation>Ikke sat: skrivebordsprogrammet viser ingen QR-kode, før den er.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the settings cannot be fetched.</source>
        <translation>Serveren kan ikke nås: indstillingerne kan ikke hentes.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Offentlig adresse</translation>
    </message>
    <message>
        <source>Open the citizen web</source>
        <translation>Åbn borgerweb</translation>
    </message>
</context>
<context>
    <name>ConfirmHotline</name>
    <message>
        <source>Give the hotline access?</source>
        <translation>Giv hotlinen adgang?</translation>
    </message>
    <message>
        <source>Take away access?</source>
        <translation>Fjern adgangen?</translation>
    </message>
    <message>
        <source>%1 will read your published guides, FAQ, contacts and synonyms and register the contacts it handles for your citizens.</source>
        <translation>%1 kan læse jeres udgivne vejledninger, FAQ, kontakter og synonymer og registrerer de henvendelser, den tager for jeres borgere.</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Giv adgang</translation>
    </message>
    <message>
        <source>%1 loses access to your guides. Its desktops drop them at their next sync; the contacts it registered for you stay in your reports.</source>
        <translation>%1 mister adgangen til jeres vejledninger. Dens computere sletter dem ved næste synkronisering; de henvendelser, den har registreret for jer, bliver i jeres rapporter.</translation>
    </message>
    <message>
        <source>Take away access</source>
        <translation>Fjern adgang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
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
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
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
        <translation>Andet</translation>
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
    <name>ContentSection</name>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Gemt som version %1.</translation>
    </message>
    <message>
        <source>Merged. Check the fields and save.</source>
        <translation>Flettet. Tjek felterne, og gem.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Fjernet.</translation>
    </message>
    <message>
        <source>The area is hidden from staff.</source>
        <translation>Området er skjult for medarbejderne.</translation>
    </message>
    <message>
        <source>The area is shown to staff.</source>
        <translation>Området vises for medarbejderne.</translation>
    </message>
    <message>
        <source>Someone changed the areas meanwhile. The list is reloaded; try again.</source>
        <translation>Nogen har ændret serviceområderne imens. Listen er hentet igen; prøv igen.</translation>
    </message>
</context>
<context>
    <name>DirectoryForm</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>KLE number</source>
        <translation>KLE-nummer</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Hidden from staff</source>
        <translation>Skjult for medarbejdere</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Søgeord</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Selvbetjeningslink</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>When to refer here</source>
        <translation>Hvornår der henvises hertil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>e.g. Flytning</source>
        <translation>fx Flytning</translation>
    </message>
    <message>
        <source>e.g. 23.05.04 (optional)</source>
        <translation>fx 23.05.04 (kan udelades)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>The authority a shared hotline&apos;s contacts about the area concern. Not stated: it is guessed from the area&apos;s name.</source>
        <translation>Den myndighed, en fælles hotlines henvendelser om området vedrører. Ikke angivet: den gættes ud fra områdets navn.</translation>
    </message>
    <message>
        <source>Hide the area from staff</source>
        <translation>Skjul området for medarbejderne</translation>
    </message>
    <message>
        <source>A hidden area is not offered in the list of areas; its guides can still be found by search. Renaming an area moves its guides with it.</source>
        <translation>Et skjult område vises ikke i listen over områder; dets vejledninger kan stadig findes ved søgning. Omdøbes et område, flytter dets vejledninger med.</translation>
    </message>
    <message>
        <source>The word staff should find, e.g. MitID</source>
        <translation>Det ord, medarbejderne skal finde, fx MitID</translation>
    </message>
    <message>
        <source>Words that mean the same, one a line or comma-separated</source>
        <translation>Ord, der betyder det samme – ét pr. linje eller adskilt af komma</translation>
    </message>
    <message>
        <source>e.g. MitID (optional)</source>
        <translation>fx MitID (kan udelades)</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Tilføj et afsnit</translation>
    </message>
    <message>
        <source>No paragraphs yet.</source>
        <translation>Ingen afsnit endnu.</translation>
    </message>
    <message>
        <source>Other words staff search for, one a line or comma</source>
        <translation>Andre ord, medarbejderne søger på – ét pr. linje eller adskilt af komma</translation>
    </message>
    <message>
        <source>e.g. Borgerservice</source>
        <translation>fx Borgerservice</translation>
    </message>
    <message>
        <source>8 digits; +45 may be left out</source>
        <translation>8 cifre; +45 kan udelades</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 10–14</source>
        <translation>fx man–fre 10–14</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Service areas</source>
        <translation>Serviceområder</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nyt område</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>New synonym group</source>
        <translation>Ny synonymgruppe</translation>
    </message>
    <message>
        <source>Technical FAQ</source>
        <translation>Teknisk FAQ</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>KLE %1</source>
        <translation>KLE %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Offline: this is the copy from the last sync.</source>
        <translation>Offline: dette er kopien fra seneste synkronisering.</translation>
    </message>
    <message>
        <source>Filter …</source>
        <translation>Filtrér …</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrér %1</translation>
    </message>
    <message>
        <source>Move the area up (Alt+Up)</source>
        <translation>Flyt området op (Alt+Op)</translation>
    </message>
    <message>
        <source>Move the area down (Alt+Down)</source>
        <translation>Flyt området ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide or show the area</source>
        <translation>Skjul eller vis området</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
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
        <source>The municipality code must be three or four digits, e.g. 101 or 751.</source>
        <translation>Kommunekoden skal være tre eller fire cifre, fx 101 eller 751.</translation>
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
    <name>FeedbackInbox</name>
    <message>
        <source>From %1: </source>
        <translation>Fra %1: </translation>
    </message>
    <message>
        <source>(a suggestion from their copy %1)</source>
        <translation>(et forslag fra deres kopi %1)</translation>
    </message>
    <message>
        <source>Their version:</source>
        <translation>Deres version:</translation>
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
        <translation>Hvad medarbejderen skrev</translation>
    </message>
    <message>
        <source>Open the guide in the editor</source>
        <translation>Åbn vejledningen i redigering</translation>
    </message>
    <message>
        <source>Your answer (the staff member sees it after a sync)</source>
        <translation>Dit svar (medarbejderen ser det efter næste synkronisering)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Gem svar</translation>
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
        <translation>Feedback fra medarbejdere</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>No feedback to handle.</source>
        <translation>Ingen feedback at behandle.</translation>
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
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
    <message>
        <source>The authority the contact concerned</source>
        <translation>Myndigheden, henvendelsen drejede sig om</translation>
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
    <name>GuideCompare</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Serviceområde</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Link til selvbetjening</translation>
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
        <source>[screenshot %1]</source>
        <translation>[skærmbillede %1]</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Sammenlign versioner</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Brug denne</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Brug %1 fra denne version</translation>
    </message>
</context>
<context>
    <name>GuideEditorPage</name>
    <message>
        <source>Guide editor</source>
        <extracomment>Narrower than this, the preview goes under the form instead of beside it.</extracomment>
        <translation>Redigér vejledning</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Ny vejledning</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Gem kladde</translation>
    </message>
    <message>
        <source>Save as draft; staff do not see it</source>
        <translation>Gem som kladde; medarbejderne ser den ikke</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <source>Publish: staff see it after their next sync</source>
        <translation>Udgiv: medarbejderne ser den efter næste synkronisering</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Part of the guide</source>
        <translation>Del af vejledningen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Flytning – anmeld adresseændring</source>
        <translation>fx Flytning – anmeld adresseændring</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Serviceområde</translation>
    </message>
    <message>
        <source>Synonyms (words staff search for), comma-separated</source>
        <translation>Synonymer (ord medarbejderne søger på), adskilt med komma</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>Also show on the citizens&apos; web pages</source>
        <translation>Vis også på borgernes websider</translation>
    </message>
    <message>
        <source>Owner (who keeps the guide up to date)</source>
        <translation>Ejer (hvem holder vejledningen opdateret)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>e.g. Borgerservice, team flytning</source>
        <translation>fx Borgerservice, team flytning</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Gennemses senest</translation>
    </message>
    <message>
        <source>What staff tell the citizen, one point each</source>
        <translation>Det, medarbejderen fortæller borgeren – ét punkt ad gangen</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Guidance points</source>
        <translation>Vejledningspunkter</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Ingen punkter endnu.</translation>
    </message>
    <message>
        <source>Self-service solution (https://…)</source>
        <translation>Selvbetjeningsløsning (https://…)</translation>
    </message>
    <message>
        <source>Link to the self-service solution</source>
        <translation>Link til selvbetjeningsløsningen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tilføj trin</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Ingen trin endnu.</translation>
    </message>
    <message>
        <source>Contacts directory</source>
        <translation>Kontaktlisten</translation>
    </message>
    <message>
        <source>Add from directory</source>
        <translation>Tilføj fra kontaktlisten</translation>
    </message>
    <message>
        <source>Write a new card</source>
        <translation>Skriv et nyt kort</translation>
    </message>
    <message>
        <source>Referral cards</source>
        <translation>Henvisningskort</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Ingen henvisning endnu.</translation>
    </message>
    <message>
        <source>Your unsent changes were restored.</source>
        <translation>Dine ikke-sendte ændringer er hentet frem igen.</translation>
    </message>
    <message>
        <source>New guide – a draft until you publish it</source>
        <translation>Ny vejledning – en kladde, indtil du udgiver den</translation>
    </message>
    <message>
        <source>Your draft (version %1); staff see the published version until you publish</source>
        <translation>Din kladde (version %1); medarbejderne ser den udgivne version, indtil du udgiver</translation>
    </message>
    <message>
        <source>Published (version %1) – staff see it</source>
        <translation>Udgivet (version %1) – medarbejderne ser den</translation>
    </message>
    <message>
        <source>Draft (version %1) – staff do not see it</source>
        <translation>Kladde (version %1) – medarbejderne ser den ikke</translation>
    </message>
    <message>
        <source>The link must be a full https:// address, e.g. https://www.borger.dk</source>
        <translation>Linket skal være en fuld https://-adresse, fx https://www.borger.dk</translation>
    </message>
    <message>
        <source>Published: staff see it after their next sync.</source>
        <translation>Udgivet: medarbejderne ser den efter næste synkronisering.</translation>
    </message>
    <message>
        <source>Saved as draft.</source>
        <translation>Gemt som kladde.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent when the server is back.</source>
        <translation>Gemt på denne computer; sendes, når serveren er tilbage.</translation>
    </message>
</context>
<context>
    <name>GuideLevels</name>
    <message>
        <source>Bullet</source>
        <extracomment>Thumbnails fit this box; a click shows full size. 300 px wide: with the page&apos;s and the step card&apos;s margins and the scroll bar a wide screenshot still fits a 400 px handheld.</extracomment>
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
    <name>GuideListSection</name>
    <message>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Ny vejledning</translation>
    </message>
    <message>
        <source>Filter by title or area …</source>
        <translation>Filtrér på titel eller område …</translation>
    </message>
    <message>
        <source>Filter the guides</source>
        <translation>Filtrér vejledningerne</translation>
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
    <name>GuidePicker</name>
    <message>
        <source>Add as a search term to a guide</source>
        <translation>Tilføj som søgeord til en vejledning</translation>
    </message>
    <message>
        <source>Choose a guide</source>
        <translation>Vælg en vejledning</translation>
    </message>
    <message>
        <source>A search for »%1« will find the guide you choose, on every desktop after the next sync.</source>
        <translation>En søgning på »%1« finder den vejledning, du vælger – på alle pc&apos;er efter næste synkronisering.</translation>
    </message>
    <message>
        <source>Find the guide</source>
        <translation>Find vejledningen</translation>
    </message>
    <message>
        <source>Title or words from the guide</source>
        <translation>Titel eller ord fra vejledningen</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Vejledninger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Add search term</source>
        <translation>Tilføj søgeord</translation>
    </message>
</context>
<context>
    <name>GuidePreview</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Preview – as staff will see it</source>
        <translation>Forhåndsvisning – som medarbejderne vil se den</translation>
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
        <source>Level of the preview</source>
        <translation>Niveau i forhåndsvisningen</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen titel endnu)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ældre version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Nyere version</translation>
    </message>
    <message>
        <source>Restore the older version</source>
        <translation>Gendan den ældre version</translation>
    </message>
    <message>
        <source>Back to the editor</source>
        <translation>Tilbage til redigering</translation>
    </message>
    <message>
        <source>Version %1 – %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historik for %1</translation>
    </message>
</context>
<context>
    <name>HotlinesSection</name>
    <message>
        <source>Shared hotlines</source>
        <translation>Fælles hotlines</translation>
    </message>
    <message>
        <source>A shared hotline answers citizens for several municipalities. With access it reads your published guides, FAQ, contacts and synonyms (never drafts) and registers the contacts it handles for your citizens; it can change nothing. Choose a hotline to give or take away its access.</source>
        <translation>En fælles hotline svarer borgere for flere kommuner. Med adgang kan den læse jeres udgivne vejledninger, FAQ, kontakter og synonymer (aldrig kladder) og registrere de henvendelser, den tager for jeres borgere; den kan ikke ændre noget. Vælg en hotline for at give eller fjerne dens adgang.</translation>
    </message>
    <message>
        <source>No shared hotlines exist on the server.</source>
        <translation>Der findes ingen fælles hotlines på serveren.</translation>
    </message>
    <message>
        <source>Has access since %1</source>
        <translation>Har adgang siden %1</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Har adgang</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Ingen adgang</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Adgang</translation>
    </message>
</context>
<context>
    <name>ImageTools</name>
    <message>
        <source>The image is too large (at most 5 MB).</source>
        <extracomment>Pixelation block (px of the scaled image): names and numbers become unreadable.</extracomment>
        <translation>Billedet er for stort (højst 5 MB).</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and WebP images can be used.</source>
        <translation>Kun PNG-, JPEG- og WebP-billeder kan bruges.</translation>
    </message>
    <message>
        <source>The image cannot be read; it may be damaged.</source>
        <translation>Billedet kan ikke læses; det er måske beskadiget.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Udklipsholderen indeholder ikke et billede.</translation>
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
    <name>ItemMerge</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Nogen har ændret dette imens</translation>
    </message>
    <message>
        <source>It was removed while you were editing. Use your version to create it again, or keep editing.</source>
        <translation>Det blev fjernet, mens du redigerede. Brug din version for at oprette det igen, eller redigér videre.</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the form until it is saved.</source>
        <translation>Version %1 blev gemt, mens du redigerede. Vælg for hvert markeret felt, hvilken tekst der skal gælde; din egen tekst bliver i formularen, til den er gemt.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din ændring</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Gemt af en anden (version %1)</translation>
    </message>
    <message>
        <source>Removed by someone else</source>
        <translation>Fjernet af en anden</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Brug denne</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Brug %1 fra denne version</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Redigér videre</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Brug den flettede version</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>New service area</source>
        <translation>Nyt serviceområde</translation>
    </message>
    <message>
        <source>Service area: %1</source>
        <translation>Serviceområde: %1</translation>
    </message>
    <message>
        <source>New synonym group</source>
        <translation>Ny synonymgruppe</translation>
    </message>
    <message>
        <source>Synonyms for %1</source>
        <translation>Synonymer for %1</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Choose a version to load it into the form; save to make it the newest version (history is never rewritten).</source>
        <translation>Vælg en version for at hente den ind i formularen; gem for at gøre den til den nyeste version (historikken omskrives aldrig).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Klik igen for at fjerne</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Nyeste</translation>
    </message>
</context>
<context>
    <name>KeptNote</name>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Kassér de ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 are brought back.</source>
        <translation>Ikke-gemte ændringer fra %1 er hentet tilbage.</translation>
    </message>
</context>
<context>
    <name>KomhenCard</name>
    <message>
        <source>KOMHEN counting week</source>
        <translation>KOMHEN-tælleuge</translation>
    </message>
    <message>
        <source>Counts per channel, KLE task, henvendelsestype and unit for one counting week, as a CSV file for KL&apos;s KOMHEN count.</source>
        <translation>Antal pr. kanal, KLE-opgave, henvendelsestype og enhed for én tælleuge, som CSV-fil til KL&apos;s KOMHEN-tælling.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Counting week (tælleuge)</source>
        <translation>Tælleuge</translation>
    </message>
    <message>
        <source>Export KOMHEN file</source>
        <translation>Eksportér KOMHEN-fil</translation>
    </message>
    <message>
        <source>Counting week</source>
        <translation>Tælleuge</translation>
    </message>
    <message>
        <source>KOMHEN export progress</source>
        <translation>Fremdrift for KOMHEN-eksport</translation>
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
    <name>Library</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonymer</translation>
    </message>
    <message>
        <source>Life situations</source>
        <translation>Livssituationer</translation>
    </message>
    <message>
        <source>English search terms</source>
        <translation>Engelske søgeord</translation>
    </message>
    <message>
        <source>Self-service link</source>
        <translation>Link til selvbetjening</translation>
    </message>
    <message>
        <source>Bullet %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Trin %1</translation>
    </message>
    <message>
        <source>Referral card %1</source>
        <translation>Henvisningskort %1</translation>
    </message>
    <message>
        <source>Used by 1 municipality</source>
        <translation>Bruges af 1 kommune</translation>
    </message>
    <message>
        <source>Used by %1 municipalities</source>
        <translation>Bruges af %1 kommuner</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Guides shared by other municipalities</source>
        <translation>Vejledninger, som andre kommuner deler</translation>
    </message>
    <message>
        <source>Copied from %1 as a draft. Adjust the local details (phone numbers, opening hours) and publish it.</source>
        <translation>Kopieret fra %1 som kladde. Tilpas de lokale oplysninger (telefonnumre, åbningstider), og udgiv den.</translation>
    </message>
    <message>
        <source>The changes are in a new draft. Check it and publish it.</source>
        <translation>Ændringerne er lagt i en ny kladde. Tjek den, og udgiv den.</translation>
    </message>
    <message>
        <source>Version %1 from %2 is dismissed; a newer one will be offered.</source>
        <translation>Version %1 fra %2 er afvist; en nyere version bliver tilbudt igen.</translation>
    </message>
    <message>
        <source>The copy no longer follows its origin.</source>
        <translation>Kopien følger ikke længere sin kilde.</translation>
    </message>
    <message>
        <source>The suggestion is sent to %1; their answer comes back here.</source>
        <translation>Forslaget er sendt til %1; deres svar kommer tilbage hertil.</translation>
    </message>
</context>
<context>
    <name>LibraryPreviewPage</name>
    <message>
        <source>Library guide</source>
        <translation>Vejledning fra biblioteket</translation>
    </message>
    <message>
        <source>From the shared library (read only)</source>
        <translation>Fra det fælles bibliotek (kan kun læses)</translation>
    </message>
    <message>
        <source>Copy to our list</source>
        <translation>Kopiér til vores liste</translation>
    </message>
    <message>
        <source>A draft in your own list; adjust the local details and publish</source>
        <translation>En kladde i jeres egen liste; tilpas de lokale oplysninger, og udgiv</translation>
    </message>
    <message>
        <source>Open our copy</source>
        <translation>Åbn vores kopi</translation>
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
        <source>From %1 · %2</source>
        <translation>Fra %1 · %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <source>Shared library</source>
        <translation>Fælles bibliotek</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Our suggestions</source>
        <translation>Vores forslag</translation>
    </message>
    <message>
        <source>Suggestions sent to other municipalities, with their answers</source>
        <translation>Forslag sendt til andre kommuner, med deres svar</translation>
    </message>
    <message>
        <source>Published guides of other municipalities. Copy one into your own list and adjust the local details before you publish it.</source>
        <translation>Udgivne vejledninger fra andre kommuner. Kopiér en til jeres egen liste, og tilpas de lokale oplysninger, før I udgiver den.</translation>
    </message>
    <message>
        <source>Search the library …</source>
        <translation>Søg i biblioteket …</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filtrér efter område</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation>Filtrér efter kommune</translation>
    </message>
    <message>
        <source>Library guides</source>
        <translation>Vejledninger i biblioteket</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>The library is empty or not fetched yet.</source>
        <translation>Biblioteket er tomt eller ikke hentet endnu.</translation>
    </message>
    <message>
        <source>%1 of %2 guides</source>
        <translation>%1 af %2 vejledninger</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
</context>
<context>
    <name>LibraryUpdatePage</name>
    <message>
        <source>New version from the origin</source>
        <extracomment>Narrower than this (a handheld), the actions take two columns.</extracomment>
        <translation>Ny version fra kilden</translation>
    </message>
    <message>
        <source>Take all</source>
        <translation>Tag det hele</translation>
    </message>
    <message>
        <source>Everything the origin changed; your local changes are kept</source>
        <translation>Alt, hvad kilden har ændret; jeres lokale ændringer bevares</translation>
    </message>
    <message>
        <source>Take chosen parts</source>
        <translation>Tag de valgte dele</translation>
    </message>
    <message>
        <source>Dismiss this version</source>
        <translation>Afvis denne version</translation>
    </message>
    <message>
        <source>Not this version; a newer one is offered again</source>
        <translation>Ikke denne version; en nyere bliver tilbudt igen</translation>
    </message>
    <message>
        <source>Suggest a change to the origin</source>
        <translation>Foreslå en ændring til kilden</translation>
    </message>
    <message>
        <source>Stop following the origin</source>
        <translation>Stop med at følge kilden</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>New version from %1: %2</source>
        <translation>Ny version fra %1: %2</translation>
    </message>
    <message>
        <source>You copied version %1; %2 has since published version %3.</source>
        <translation>I kopierede version %1; %2 har siden udgivet version %3.</translation>
    </message>
    <message>
        <source>Title and search words</source>
        <translation>Titel og søgeord</translation>
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
        <source>The new version changes nothing you can see.</source>
        <translation>Den nye version ændrer intet synligt.</translation>
    </message>
    <message>
        <source>Take this change</source>
        <translation>Tag denne ændring</translation>
    </message>
    <message>
        <source>Take from %2: %1</source>
        <translation>Tag fra %2: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(fjernet)</translation>
    </message>
    <message>
        <source>%1 now:</source>
        <translation>%1 nu:</translation>
    </message>
    <message>
        <source>When you copied it:</source>
        <translation>Da I kopierede den:</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(fandtes ikke)</translation>
    </message>
    <message>
        <source>Changed locally (kept when you take all):</source>
        <translation>Ændret lokalt (bevares, når I tager det hele):</translation>
    </message>
    <message>
        <source>Choose the parts to take first.</source>
        <translation>Vælg først de dele, I vil tage.</translation>
    </message>
    <message>
        <source>The copy will no longer be offered new versions from %1. This cannot be undone. Continue?</source>
        <translation>Kopien får ikke længere tilbudt nye versioner fra %1. Det kan ikke fortrydes. Fortsæt?</translation>
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
    <name>ManagementFeature</name>
    <message>
        <source>Management</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <source>Saved %1 (%2 kB).</source>
        <translation>Gemt: %1 (%2 kB).</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <source>Management</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Resolved at once</source>
        <translation>Løst straks</translation>
    </message>
    <message>
        <source>Mean active time</source>
        <translation>Gns. aktiv tid</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Omkostning pr. henvendelse</translation>
    </message>
    <message>
        <source>Contacts per channel (click a bar for its areas)</source>
        <translation>Henvendelser pr. kanal (klik på en søjle for at se områderne)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Mean min.</source>
        <translation>Gns. min.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst straks</translation>
    </message>
    <message>
        <source>Citizens&apos; answers: did you get help?</source>
        <translation>Borgernes svar: Fik du hjælp?</translation>
    </message>
    <message>
        <source>Citizens&apos; answers per area</source>
        <translation>Borgernes svar pr. område</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Andel ja</translation>
    </message>
    <message>
        <source>Yes, previous</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>En dag i perioden</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksportér til Excel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Eksportér som PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportér som CSV</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksport i gang</translation>
    </message>
    <message>
        <source>Fetching the figures…</source>
        <translation>Henter tallene …</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, sammenlignet med %3 – %4</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Forrige periode: %1</translation>
    </message>
    <message>
        <source>Resolved at once by %1: %2 (goal %3)</source>
        <translation>Løst straks ved %1: %2 (mål %3)</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Områder: %1</translation>
    </message>
    <message>
        <source>Areas: all channels</source>
        <translation>Områder: alle kanaler</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
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
        <translation>En anden har ændret vejledningen</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked part which text to keep; your own text is kept on this computer until the guide is saved.</source>
        <translation>Version %1 blev gemt, mens du redigerede. Vælg for hver markeret del, hvilken tekst der skal bruges; din egen tekst gemmes på denne computer, indtil vejledningen er gemt.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din ændring</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Gemt af en anden (version %1)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Redigér videre</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Brug den flettede version</translation>
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
    <name>ModeBand</name>
    <message>
        <source>Mode</source>
        <extracomment>Narrower than this (a handheld), the switch takes the whole row and the count of open feedback shows as a number (its full text stays its accessible name and tooltip).</extracomment>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Lookup or administration</source>
        <translation>Opslag eller administration</translation>
    </message>
    <message>
        <source>Switch between lookup and administration</source>
        <translation>Skift mellem opslag og administration</translation>
    </message>
    <message numerus="yes">
        <source>%n open feedback item(s)</source>
        <translation>
            <numerusform>%n åben feedback</numerusform>
            <numerusform>%n åbne feedback</numerusform>
        </translation>
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
    <name>OriginBar</name>
    <message>
        <source>Suggest a change to the origin</source>
        <extracomment>Municipality code → name (from the library list; the code when unknown).</extracomment>
        <translation>Foreslå en ændring til kilden</translation>
    </message>
    <message>
        <source>Copied from %1 (their guide %2, version %3)</source>
        <translation>Kopieret fra %1 (deres vejledning %2, version %3)</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>What needs work</source>
        <translation>Det, der trænger til arbejde</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Past review date</source>
        <translation>Over gennemsynsdato</translation>
    </message>
    <message>
        <source>Stale screenshots</source>
        <translation>Forældede skærmbilleder</translation>
    </message>
    <message>
        <source>Open feedback</source>
        <translation>Åben feedback</translation>
    </message>
    <message>
        <source>Offline: the counts are from the last sync.</source>
        <translation>Offline: tallene er fra sidste synkronisering.</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Ny vejledning</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Searches without an answer</source>
        <translation>Søgninger uden svar</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Rapportindstillinger</translation>
    </message>
    <message>
        <source>Guides that need work</source>
        <translation>Vejledninger, der trænger til arbejde</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>Unsent changes on this computer</source>
        <translation>Ikke-sendte ændringer på denne computer</translation>
    </message>
    <message>
        <source>Unsent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Draft – not published</source>
        <translation>Kladde – ikke udgivet</translation>
    </message>
    <message>
        <source>Changes waiting to be published</source>
        <translation>Ændringer, der venter på at blive udgivet</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Over sin gennemsynsdato</translation>
    </message>
    <message>
        <source>Screenshot may be stale</source>
        <translation>Skærmbilledet kan være forældet</translation>
    </message>
    <message>
        <source>The library has a newer version</source>
        <translation>Biblioteket har en nyere version</translation>
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
    <name>RateRow</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Kroner per minute</source>
        <translation>Kroner pr. minut</translation>
    </message>
    <message>
        <source>kr. per minute, e.g. 6,50</source>
        <translation>kr. pr. minut, fx 6,50</translation>
    </message>
    <message>
        <source>Overhead per contact (kr.)</source>
        <translation>Overhead pr. henvendelse (kr.)</translation>
    </message>
    <message>
        <source>kr. per contact, e.g. 12,00</source>
        <translation>kr. pr. henvendelse, fx 12,00</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>Fjern satsen</translation>
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
    <name>ReferralRow</name>
    <message>
        <source>Name (e.g. Borgerservice)</source>
        <translation>Navn (fx Borgerservice)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website (https://…)</source>
        <translation>Webside (https://…)</translation>
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
        <source>When to refer here</source>
        <translation>Hvornår der henvises hertil</translation>
    </message>
</context>
<context>
    <name>ReportExtras</name>
    <message>
        <source>Save the KOMHEN file</source>
        <translation>Gem KOMHEN-filen</translation>
    </message>
    <message>
        <source>Saved %1 (%2 kB).</source>
        <translation>Gemt %1 (%2 kB).</translation>
    </message>
    <message>
        <source>The subscription is saved.</source>
        <translation>Abonnementet er gemt.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsController</name>
    <message>
        <source>The report settings are saved.</source>
        <translation>Rapportindstillingerne er gemt.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsPage</name>
    <message>
        <source>Report settings</source>
        <extracomment>KOMHEN&apos;s column keys in the file&apos;s order.</extracomment>
        <translation>Rapportindstillinger</translation>
    </message>
    <message>
        <source>Used by every report: the goal, what a contact costs, and the KOMHEN counting-week file. Write amounts in kroner with a decimal comma, e.g. 1.234,50.</source>
        <translation>Bruges af alle rapporter: målet, hvad en henvendelse koster, og KOMHEN-filen for en tælleuge. Skriv beløb i kroner med decimalkomma, fx 1.234,50.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save report settings</source>
        <translation>Gem rapportindstillinger</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Share resolved at once (%)</source>
        <translation>Andel løst med det samme (%)</translation>
    </message>
    <message>
        <source>The goal counts these channels</source>
        <translation>Målet gælder disse kanaler</translation>
    </message>
    <message>
        <source>Cost of a self-service solution (kr. per case)</source>
        <translation>Pris for en selvbetjeningsløsning (kr. pr. sag)</translation>
    </message>
    <message>
        <source>Cost per channel</source>
        <translation>Omkostning pr. kanal</translation>
    </message>
    <message>
        <source>A rate applies from its date until the channel&apos;s next rate. Staff time is counted in minutes; the overhead is added per contact.</source>
        <translation>En sats gælder fra sin dato til kanalens næste sats. Medarbejdertid regnes i minutter; overhead lægges til pr. henvendelse.</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Tilføj en sats</translation>
    </message>
    <message>
        <source>KOMHEN</source>
        <translation>KOMHEN</translation>
    </message>
    <message>
        <source>KOMHEN counting week</source>
        <translation>KOMHEN-tælleuge</translation>
    </message>
    <message>
        <source>Henvendelsestype of each outcome</source>
        <translation>Henvendelsestype for hvert resultat</translation>
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
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Column headers of the file (as KL&apos;s code book names them)</source>
        <translation>Filens kolonneoverskrifter (som KL&apos;s kodebog kalder dem)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Counting week</source>
        <translation>Tælleuge</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>KLE number</source>
        <translation>KLE-nummer</translation>
    </message>
    <message>
        <source>Henvendelsestype</source>
        <translation>Henvendelsestype</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Column header: %1</source>
        <translation>Kolonneoverskrift: %1</translation>
    </message>
    <message>
        <source>%1: »%2« is not a number. Write it the Danish way, e.g. 1.234,50.</source>
        <translation>%1: »%2« er ikke et tal. Skriv det på dansk, fx 1.234,50.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2.</source>
        <translation>%1 skal være mellem 0 og %2.</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <source>Choose at least one channel for the goal.</source>
        <translation>Vælg mindst én kanal til målet.</translation>
    </message>
    <message>
        <source>%1 has two rates from the same date.</source>
        <translation>%1 har to satser fra samme dato.</translation>
    </message>
    <message>
        <source>Kroner per minute (%1)</source>
        <translation>Kroner pr. minut (%1)</translation>
    </message>
    <message>
        <source>Overhead per contact (%1)</source>
        <translation>Overhead pr. henvendelse (%1)</translation>
    </message>
    <message>
        <source>Every column of the KOMHEN file needs a header.</source>
        <translation>Hver kolonne i KOMHEN-filen skal have en overskrift.</translation>
    </message>
    <message>
        <source>Two columns of the KOMHEN file have the same header.</source>
        <translation>To kolonner i KOMHEN-filen har samme overskrift.</translation>
    </message>
    <message>
        <source>The cost of a self-service solution</source>
        <translation>Prisen for en selvbetjeningsløsning</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+↓)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <source>Screenshot with notes</source>
        <translation>Skærmbillede med forklaringer</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markør</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boks</translation>
    </message>
    <message>
        <source>Black out</source>
        <translation>Sværtning</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Sløring</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Værktøj</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Vælg fil …</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Indsæt et skærmbillede</translation>
    </message>
    <message>
        <source>Undo redaction</source>
        <translation>Fortryd sværtning</translation>
    </message>
    <message>
        <source>Notes on fields and buttons</source>
        <translation>Forklaringer til felter og knapper</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taget den</translation>
    </message>
    <message>
        <source>Date the screenshot was taken</source>
        <translation>Dato for skærmbilledet</translation>
    </message>
    <message>
        <source>Black-out and blur are burned into the uploaded image.</source>
        <translation>Sværtning og sløring brændes ind i det billede, der sendes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Use screenshot</source>
        <translation>Brug skærmbilledet</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Udklipsholderen indeholder ikke et billede.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan ikke læses.</translation>
    </message>
    <message>
        <source>Choose a screenshot</source>
        <translation>Vælg et skærmbillede</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Click on the screenshot to place a numbered marker.</source>
        <translation>Klik på skærmbilledet for at sætte en nummereret markør.</translation>
    </message>
    <message>
        <source>Field or button, e.g. Næste</source>
        <translation>Felt eller knap, fx Næste</translation>
    </message>
    <message>
        <source>Name of field %1</source>
        <translation>Navn på felt %1</translation>
    </message>
    <message>
        <source>Remove marker %1</source>
        <translation>Fjern markør %1</translation>
    </message>
    <message>
        <source>What the citizen does here</source>
        <translation>Hvad borgeren gør her</translation>
    </message>
    <message>
        <source>Explanation of field %1</source>
        <translation>Forklaring til felt %1</translation>
    </message>
    <message>
        <source>Add a screenshot first.</source>
        <translation>Tilføj først et skærmbillede.</translation>
    </message>
    <message>
        <source>Write a name and an explanation for marker %1.</source>
        <translation>Skriv et navn og en forklaring til markør %1.</translation>
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
    <name>SearchesPage</name>
    <message>
        <source>Searches without an answer</source>
        <translation>Søgninger uden svar</translation>
    </message>
    <message>
        <source>The last %1 days. Only the words of a search are kept, never who searched.</source>
        <translation>De seneste %1 dage. Kun ordene i en søgning gemmes, aldrig hvem der søgte.</translation>
    </message>
    <message>
        <source>Learned search terms</source>
        <translation>Lærte søgeord</translation>
    </message>
    <message>
        <source>None yet. A term is learned when three staff members found a guide with it and registered the contact with that guide.</source>
        <translation>Ingen endnu. Et søgeord læres, når tre medarbejdere har fundet en vejledning med det og registreret henvendelsen med vejledningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n medarbejder</numerusform>
            <numerusform>%n medarbejdere</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the guide&apos;s synonyms</source>
        <translation>Tilføj til vejledningens synonymer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Søgninger uden resultater</translation>
    </message>
    <message>
        <source>Found something, nothing used</source>
        <translation>Fandt noget, intet blev brugt</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>»%1« – %2 time(s), %3 staff member(s)</source>
        <translation>»%1« – %2 gang(e), %3 medarbejder(e)</translation>
    </message>
    <message>
        <source>Add as a search term to a guide</source>
        <translation>Tilføj som søgeord til en vejledning</translation>
    </message>
    <message>
        <source>Add »%1« as a search term to a guide</source>
        <translation>Tilføj »%1« som søgeord til en vejledning</translation>
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
    <name>StepRow</name>
    <message>
        <source>Step title</source>
        <translation>Trinnets titel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hvad man gør</translation>
    </message>
    <message>
        <source>Screenshot with notes</source>
        <translation>Skærmbillede med forklaringer</translation>
    </message>
    <message>
        <source>Add screenshot …</source>
        <translation>Tilføj skærmbillede …</translation>
    </message>
    <message>
        <source>Remove screenshot</source>
        <translation>Fjern skærmbillede</translation>
    </message>
    <message>
        <source>Change screenshot and notes …</source>
        <translation>Skift skærmbillede og forklaringer …</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n forklaring</numerusform>
            <numerusform>%n forklaringer</numerusform>
        </translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>taget %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionCard</name>
    <message>
        <source>Reports by e-mail</source>
        <translation>Rapporter på e-mail</translation>
    </message>
    <message>
        <source>Get the previous month&apos;s or week&apos;s report as a PDF with the Excel file attached, on the first working day.</source>
        <translation>Få rapporten for den forrige måned eller uge som PDF med Excel-filen vedhæftet på første arbejdsdag.</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Ingen e-mail</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>E-mail address for the report</source>
        <translation>E-mailadresse til rapporten</translation>
    </message>
    <message>
        <source>Save the subscription</source>
        <translation>Gem abonnementet</translation>
    </message>
    <message>
        <source>You receive no reports by e-mail.</source>
        <translation>Du får ingen rapporter på e-mail.</translation>
    </message>
    <message>
        <source>The monthly report is sent to %1.</source>
        <translation>Månedsrapporten sendes til %1.</translation>
    </message>
    <message>
        <source>The weekly report is sent to %1.</source>
        <translation>Ugerapporten sendes til %1.</translation>
    </message>
    <message>
        <source>Write the e-mail address the report is sent to.</source>
        <translation>Skriv den e-mailadresse, rapporten skal sendes til.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a change to %1</source>
        <translation>Foreslå en ændring til %1</translation>
    </message>
    <message>
        <source>Your suggestion goes to the feedback inbox of %1, who wrote the guide. Their answer comes back here. Write no personal data about citizens.</source>
        <translation>Forslaget lander i feedback-indbakken hos %1, som har skrevet vejledningen. Deres svar kommer tilbage hertil. Skriv ingen personoplysninger om borgere.</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Jeres forslag</translation>
    </message>
    <message>
        <source>What should be changed, and why?</source>
        <translation>Hvad bør ændres, og hvorfor?</translation>
    </message>
    <message>
        <source>Attach our changed version of the guide</source>
        <translation>Vedhæft vores ændrede version af vejledningen</translation>
    </message>
    <message>
        <source>Send suggestion</source>
        <translation>Send forslag</translation>
    </message>
    <message>
        <source>Write the suggestion first.</source>
        <translation>Skriv forslaget først.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Our suggestions</source>
        <translation>Vores forslag</translation>
    </message>
    <message>
        <source>Our suggestions to other municipalities</source>
        <translation>Vores forslag til andre kommuner</translation>
    </message>
    <message>
        <source>You have not sent any suggestions yet.</source>
        <translation>I har ikke sendt nogen forslag endnu.</translation>
    </message>
    <message>
        <source>To %1 about their guide %2 (from our copy %3)</source>
        <translation>Til %1 om deres vejledning %2 (fra vores kopi %3)</translation>
    </message>
    <message>
        <source>Their answer:</source>
        <translation>Deres svar:</translation>
    </message>
</context>
<context>
    <name>TemplatesCompare</name>
    <message>
        <source>Compare the templates</source>
        <translation>Sammenlign skabelonerne</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Brug denne</translation>
    </message>
    <message>
        <source>Use %1 from this version</source>
        <translation>Brug %1 fra denne version</translation>
    </message>
</context>
<context>
    <name>TemplatesFlow</name>
    <message>
        <source>Merged. Check the templates and save them.</source>
        <translation>Flettet. Tjek skabelonerne, og gem dem.</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>Version %1 er gendannet som version %2.</translation>
    </message>
</context>
<context>
    <name>TemplatesHistoryPage</name>
    <message>
        <source>History of the templates</source>
        <translation>Skabelonernes historik</translation>
    </message>
    <message>
        <source>No saved versions yet: the municipality uses the shipped templates.</source>
        <translation>Ingen gemte versioner endnu: kommunen bruger de medfølgende skabeloner.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ældre version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Gendan denne version</translation>
    </message>
    <message>
        <source>Back to the templates</source>
        <translation>Tilbage til skabelonerne</translation>
    </message>
    <message>
        <source>Version %1 – %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesMergeDialog</name>
    <message>
        <source>Someone else changed the templates</source>
        <translation>En anden har ændret skabelonerne</translation>
    </message>
    <message>
        <source>Version %1 was saved while you were editing. Choose for each marked field which text to keep; your own text stays in the editor until you take the merged version.</source>
        <translation>Version %1 blev gemt, mens du redigerede. Vælg for hvert markeret felt, hvilken tekst der skal blive; din egen tekst bliver i editoren, indtil du tager den flettede version.</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din redigering</translation>
    </message>
    <message>
        <source>Saved by someone else (version %1)</source>
        <translation>Gemt af en anden (version %1)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Redigér videre</translation>
    </message>
    <message>
        <source>Use the merged version</source>
        <translation>Brug den flettede version</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Messages to citizens</source>
        <translation>Beskeder til borgere</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Pladsholdere: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Afsendernavn</translation>
    </message>
    <message>
        <source>SMS sender (at most 11 characters)</source>
        <translation>SMS-afsender (højst 11 tegn)</translation>
    </message>
    <message>
        <source>Reply-to e-mail address</source>
        <translation>Svar-til e-mailadresse</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-mailens emne</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS-tekst</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-mailtekst</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Gem skabeloner</translation>
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
        <source>Municipality?</source>
        <translation>Kommune?</translation>
    </message>
    <message>
        <source>The caller&apos;s municipality: its guides are shown first</source>
        <translation>Borgerens kommune: dens vejledninger vises først</translation>
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
    <message>
        <source>No municipality chosen for the caller</source>
        <translation>Ingen kommune valgt for borgeren</translation>
    </message>
    <message>
        <source>The caller&apos;s municipality: %1 (%2)</source>
        <translation>Borgerens kommune: %1 (%2)</translation>
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
    <name>UserPage</name>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Give the user this password; it is shown only now. They choose their own at the next login.</source>
        <translation>Giv brugeren denne adgangskode; den vises kun nu. Brugeren vælger sin egen ved næste login.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Opret bruger</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Skift rolle</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
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
