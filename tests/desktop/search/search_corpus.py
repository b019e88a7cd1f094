"""A realistic fixture corpus for search tests: borgerservice guides, technical FAQ and a
municipality synonym list (written for the tests from the service fact sheet)."""

from __future__ import annotations

from typing import Any

from desktop.search import SearchDoc
from sync_server.protocol import SynonymGroup


def _g(
    id: str,
    title: str,
    area: str,
    synonyms: list[str],
    guidance: list[str],
    steps: list[str],
) -> dict[str, Any]:
    return {
        "id": id,
        "kind": "guide",
        "title": title,
        "area": area,
        "synonyms": synonyms,
        "guidance": guidance,
        "steps": steps,
    }


def _f(
    id: str, question: str, category: str, synonyms: list[str], answer: list[str]
) -> dict[str, Any]:
    return {
        "id": id,
        "kind": "faq",
        "title": question,
        "area": category,
        "synonyms": synonyms,
        "guidance": answer,
        "steps": [],
    }


GUIDES: list[dict[str, Any]] = [
    _g(
        "flytning",
        "Melde flytning",
        "Flytning",
        ["adresseændring", "flytteanmeldelse", "folkeregister", "CPR-flytning", "ny adresse"],
        [
            "Meld flytning digitalt på borger.dk med MitID senest 5 dage efter, du er flyttet, og "
            "tidligst 4 uger før.",
            "Du kan melde flytning for hele husstanden. Unge over 15 år kan selv melde med eget "
            "MitID.",
            "Vælg ny læge i samme løsning – det er gratis, når du flytter.",
            "Flytter du ind hos en anden, skal ejeren eller lejeren godkende med en "
            "logiværtserklæring.",
            "Nyt sundhedskort sendes automatisk efter 2-3 uger. Husk navn på postkassen.",
        ],
        [
            "Log på borger.dk med MitID og vælg Meld flytning.",
            "Angiv flyttedato og den nye adresse. Adressen skal findes i BBR.",
            "Særlige flytninger: c/o-adresse og logivært.",
            "Vælg læge og hvem der flytter med.",
            "Godkend og gem kvitteringen. Borgerservice kan hjælpe uden MitID.",
        ],
    ),
    _g(
        "laegeskift",
        "Skift af læge",
        "Sundhed",
        ["lægevalg", "skifte læge", "ny læge", "praktiserende læge"],
        [
            "Skift læge på borger.dk med MitID. Det koster et gebyr, medmindre du samtidig "
            "flytter, din læge lukker, eller du fylder 15 år.",
            "Du kan vælge en læge inden for 15 km fra din bopæl (5 km i København, Frederiksberg, "
            "Tårnby og Dragør).",
            "Find læger med åben tilgang på sundhed.dk under Find behandler.",
            "En læge med lukket tilgang kan kun vælges, hvis din ægtefælle allerede er tilmeldt.",
        ],
        [
            "Log på med MitID og vælg Skift læge.",
            "Vælg en læge fra listen over læger med åben tilgang.",
            "Betal gebyret med betalingskort.",
            "Du får et nyt sundhedskort med den nye læges navn.",
        ],
    ),
    _g(
        "sundhedskort",
        "Bestil nyt sundhedskort",
        "Sundhed",
        ["gult kort", "det gule kort", "sygesikringsbevis", "Sundhedskort-appen"],
        [
            "Bestil et nyt sundhedskort på borger.dk, hvis kortet er mistet eller gået i stykker. "
            "Der er et gebyr.",
            "Kortet er gratis ved flytning, når lægen lukker, og ved navneskift i forbindelse "
            "med vielse.",
            "Et midlertidigt sundhedskort kan udstedes gratis i borgerservice.",
            "Sundhedskort-appen viser kortet på telefonen, men gælder kun i Danmark.",
            "Forældre bestiller for børn under 15 år.",
        ],
        [
            "Log på med MitID og vælg Bestil nyt sundhedskort.",
            "Vælg årsag: mistet, ødelagt eller navneændring.",
            "Betal gebyret. Kortet kommer med posten efter 2-3 uger.",
        ],
    ),
    _g(
        "sikringsgruppe",
        "Skift sygesikringsgruppe",
        "Sundhed",
        ["sikringsgruppe", "gruppe 1", "gruppe 2", "sygesikring"],
        [
            "I gruppe 1 har du fast læge og skal have henvisning til speciallæge.",
            "I gruppe 2 kan du frit vælge læge og speciallæge, men betaler selv en del af "
            "regningen.",
            "Du kan skifte gruppe, når du har været i din gruppe i mindst et år. Der er et gebyr.",
        ],
        [
            "Log på med MitID og vælg Skift sygesikringsgruppe.",
            "Vælg gruppe og betal gebyret.",
        ],
    ),
    _g(
        "blaa_kort",
        "Det blå EU-sygesikringskort",
        "Sundhed",
        ["blåt kort", "blå kort", "EU-sygesikringskort", "rejsesygesikring", "EHIC"],
        [
            "Bestil det blå kort gratis på borger.dk før du rejser i EU, Norge, Island, "
            "Liechtenstein eller Schweiz.",
            "Kortet giver behandling på samme vilkår som landets egne borgere. Tegn også en "
            "privat rejseforsikring.",
            "Du får et midlertidigt bevis i Digital Post med det samme. Kortet kommer efter 2-3 "
            "uger.",
            "Udbetaling Danmark behandler sagen og hjælper på telefon 70 12 80 81.",
        ],
        [
            "Log på med MitID og vælg Bestil det blå EU-sygesikringskort.",
            "Bestil også til ægtefælle og børn på samme adresse.",
        ],
    ),
    _g(
        "mitid",
        "Få MitID",
        "MitID og Digital Post",
        ["NemID", "MitID-app", "kodeviser", "kodeoplæser", "elektronisk ID"],
        [
            "Du kan få MitID i din bank, med MitID-appen og et pas med chip, eller i "
            "borgerservice.",
            "Medbring gyldigt pas eller kørekort til borgerservice. Har du ikke billed-ID, kan "
            "et vidne hjælpe.",
            "Vælg et bruger-ID på forhånd. Det må ikke være dit CPR-nummer.",
            "Unge får automatisk Digital Post, når de fylder 15 år.",
        ],
        [
            "Book tid i borgerservice.",
            "Vis legitimation og besvar kontrolspørgsmål.",
            "Få en aktiveringskode på papir og aktiver appen eller kodeviseren.",
        ],
    ),
    _g(
        "digital_post",
        "Digital Post",
        "MitID og Digital Post",
        ["e-Boks", "mit.dk", "digital postkasse", "post fra det offentlige"],
        [
            "Alle over 15 år med CPR-nummer får post fra det offentlige digitalt.",
            "Læs posten på borger.dk, i Digital Post-appen, i e-Boks eller på mit.dk – det er "
            "den samme postkasse.",
            "Digital Post-appen kræver MitID og en nyere telefon.",
            "Du har pligt til at læse din post.",
        ],
        [
            "Log på borger.dk med MitID og vælg Digital Post.",
            "Skriv ny besked og vælg myndighed.",
        ],
    ),
    _g(
        "fritagelse_dp",
        "Fritagelse fra Digital Post",
        "MitID og Digital Post",
        ["fritaget for Digital Post", "papirpost", "brev med posten"],
        [
            "Du kan blive fritaget, hvis du fx har en funktionsnedsættelse, ikke har computer "
            "eller har svært ved at skaffe MitID.",
            "Du skal møde personligt op i borgerservice med legitimation og udfylde en blanket.",
            "Fritagelsen gælder typisk cirka to år. Du får brev, før den udløber.",
            "En pårørende kan møde op med fuldmagt.",
        ],
        ["Udfyld blanketten i borgerservice.", "Vis legitimation."],
    ),
    _g(
        "pas",
        "Pas",
        "Pas og kørekort",
        ["rejsepas", "nyt pas", "forny pas", "pas til børn", "nødpas"],
        [
            "Søg om nyt pas på borger.dk, betal og book tid. Du skal altid møde personligt op i "
            "borgerservice.",
            "Tag dit gamle pas med – ellers bliver gebyret dobbelt så stort.",
            "Barnet skal altid møde op. Alle med forældremyndighed skal give samtykke.",
            "Passet kommer efter 2-3 uger og hentes med legitimation.",
            "Har du mistet dit pas, skal du udfylde en erklæring om bortkommet pas.",
        ],
        [
            "Udfyld ansøgningen og betal gebyret.",
            "Book tid i borgerservice.",
            "Mød op med gammelt pas og foto. Der tages fingeraftryk fra 12 år.",
        ],
    ),
    _g(
        "koerekort",
        "Forny kørekort",
        "Pas og kørekort",
        ["fornyelse af kørekort", "duplikatkørekort", "Kørekort-appen", "mistet kørekort"],
        [
            "Book tid i borgerservice og mød op med foto og dit gamle kørekort.",
            "Du kan forny op til 3 måneder før kortet udløber.",
            "Du kan få et midlertidigt kørekort, som kun gælder i Danmark og Norden.",
            "Efter fornyelsen skal Kørekort-appen oprettes igen.",
        ],
        ["Book tid.", "Mød op med billede, ID og eventuelt lægeattest.", "Betal gebyret."],
    ),
    _g(
        "koerekort_ombytning",
        "Ombytning af udenlandsk kørekort",
        "Pas og kørekort",
        ["udenlandsk kørekort", "ombytte kørekort", "internationalt kørekort"],
        [
            "Bor du fast i Danmark, kan du køre på dit udenlandske kørekort i 180 dage. Derefter "
            "skal det byttes.",
            "Kørekort fra EU/EØS byttes uden prøve. Andre lande kræver lægeattest og "
            "opholdstilladelse.",
        ],
        ["Book tid i borgerservice.", "Medbring kørekort, pas og foto."],
    ),
    _g(
        "navneaendring",
        "Navneændring",
        "Familie",
        ["navneforandring", "skifte navn", "nyt efternavn", "navnebevis"],
        [
            "Søg om navneændring på borger.dk med MitID og betal gebyret i løsningen.",
            "Det er gratis at tage fælles navn ved vielse, hvis du søger senest 3 måneder efter.",
            "Begge forældre skal skrive under, når et barn skal skifte navn.",
            "Husk at bestille nyt sundhedskort og pas bagefter.",
        ],
        ["Vælg fornavn, mellemnavn eller efternavn.", "Betal gebyret."],
    ),
    _g(
        "boligstoette",
        "Boligstøtte",
        "Bolig og økonomi",
        ["boligsikring", "boligydelse", "huslejetilskud", "tilskud til husleje"],
        [
            "Søg boligstøtte på borger.dk. Brug beregneren først for at se, om du kan få støtte.",
            "Meld flytning først, og vedhæft lejekontrakten.",
            "Søg senest 30 dage efter indflytning, så får du støtte fra indflytningsdagen.",
            "Udbetaling Danmark behandler ansøgningen. Svar kommer i Digital Post.",
            "Kun én person i husstanden kan søge.",
        ],
        [
            "Log på med MitID og vælg Søg boligstøtte.",
            "Udfyld oplysninger om husleje, indkomst og formue.",
            "Vedhæft lejekontrakt og send ansøgningen.",
        ],
    ),
    _g(
        "folkepension",
        "Folkepension",
        "Pension",
        ["pension", "alderspension", "pensionsalder", "ældrecheck"],
        [
            "Folkepension kommer ikke automatisk – du skal søge på borger.dk.",
            "Du kan søge tidligst et halvt år før, du når folkepensionsalderen.",
            "Udbetaling Danmark behandler ansøgningen.",
            "Du kan udskyde pensionen og få opsat pension.",
        ],
        ["Log på med MitID og vælg Søg folkepension.", "Oplys om formue og indtægter."],
    ),
    _g(
        "helbredstillaeg",
        "Helbredstillæg",
        "Pension",
        ["tilskud til tandlæge", "tilskud til medicin", "tilskud til briller"],
        [
            "Pensionister med lav formue kan få tilskud til medicin, tandlæge, fysioterapi og "
            "briller.",
            "Søg hos kommunen, før du køber – du kan ikke få tilskud bagefter.",
        ],
        ["Søg digitalt på borger.dk.", "Vedhæft prisoverslag fra tandlægen."],
    ),
    _g(
        "boerneydelse",
        "Børne- og ungeydelse",
        "Familie",
        ["børnecheck", "børnepenge", "familieydelse", "ungeydelse"],
        [
            "Børne- og ungeydelse udbetales automatisk. Du skal ikke søge.",
            "Ydelsen for børn under 15 år udbetales hvert kvartal, for unge mellem 15 og 17 år "
            "hver måned.",
            "Bor forældrene ikke sammen, kan de dele ydelsen. Kontakt Udbetaling Danmark.",
            "Pengene går til din NemKonto.",
        ],
        ["Se dine udbetalinger på borger.dk."],
    ),
    _g(
        "daginstitution",
        "Opskrivning til daginstitution",
        "Børn og skole",
        ["pladsanvisning", "vuggestue", "børnehave", "dagpleje", "venteliste", "pasningsgaranti"],
        [
            "Skriv dit barn op til vuggestue, børnehave eller dagpleje i den digitale "
            "pladsanvisning.",
            "Skriv barnet op i god tid. Kommunen har pasningsgaranti.",
            "Du kan søge økonomisk friplads, hvis husstanden har lav indkomst.",
            "Husk at melde barnet ud, når det stopper.",
        ],
        [
            "Log på pladsanvisningen med MitID.",
            "Vælg ønsker og behovsdato.",
            "Du får besked om tilbud om plads i Digital Post.",
        ],
    ),
    _g(
        "friplads",
        "Økonomisk friplads",
        "Børn og skole",
        ["fripladstilskud", "søskendetilskud", "nedsat betaling"],
        [
            "Har familien lav indkomst, kan du få hel eller delvis friplads i daginstitution og "
            "SFO.",
            "Søg i pladsanvisningen. Tilskuddet afhænger af husstandens indkomst.",
        ],
        ["Log på med MitID og søg om friplads."],
    ),
    _g(
        "skole",
        "Skoleindskrivning og SFO",
        "Børn og skole",
        ["indskrivning til skole", "skolestart", "børnehaveklasse", "0. klasse", "SFO"],
        [
            "Indskriv dit barn til skolestart på borger.dk i perioden, kommunen oplyser.",
            "Barnet tilbydes plads i distriktsskolen. Du kan ønske en anden skole.",
            "Skriv barnet op til SFO samtidig.",
        ],
        ["Log på med MitID.", "Vælg skole og SFO."],
    ),
    _g(
        "sygedagpenge",
        "Sygedagpenge",
        "Job og ledighed",
        ["sygemelding", "syg fra arbejde", "NemRefusion", "sygefravær"],
        [
            "Er du syg og kan ikke arbejde, kan du få sygedagpenge fra kommunen.",
            "Arbejdsgiveren betaler de første 30 dage og anmelder sygefraværet i NemRefusion.",
            "Udfyld oplysningsskemaet inden 8 dage, ellers kan udbetalingen stoppe.",
            "Selvstændige kan få sygedagpenge efter 2 uger.",
        ],
        [
            "Åbn linket til Mit Sygefravær i Digital Post.",
            "Udfyld oplysningsskemaet og send det.",
        ],
    ),
    _g(
        "byggetilladelse",
        "Byggetilladelse",
        "Byg og miljø",
        ["byggeansøgning", "Byg og Miljø", "byggesag", "tilbygning", "carport", "anmeldelse"],
        [
            "Søg byggetilladelse digitalt på bygogmiljoe.dk med MitID.",
            "Vælg den rigtige ansøgningstype, ellers skal du starte et nyt projekt.",
            "Vedhæft tegninger som separate PDF-filer.",
            "Start ikke byggeriet, før du har fået tilladelse.",
        ],
        [
            "Log på Byg og Miljø og vælg Start nyt projekt.",
            "Find ejendommen via adresse eller matrikel.",
            "Tilknyt rådgiver og indsend ansøgningen.",
            "Meld byggestart og færdigmelding.",
        ],
    ),
    _g(
        "vielse",
        "Vielse og prøvelse af ægteskab",
        "Familie",
        ["bryllup", "blive gift", "borgerlig vielse", "rådhusbryllup", "ægteskabserklæring"],
        [
            "Søg om prøvelse af ægteskabsbetingelser på borger.dk. I skal begge underskrive med "
            "MitID.",
            "Prøvelsesattesten må højst være 4 måneder gammel på vielsesdagen.",
            "I skal have to vidner med til vielsen.",
            "Er en af jer ikke dansk statsborger, behandler Familieretshuset sagen.",
        ],
        ["Udfyld ægteskabserklæringen.", "Book tid til vielse på rådhuset."],
    ),
    _g(
        "hjaelpemidler",
        "Kropsbårne hjælpemidler",
        "Sundhed",
        [
            "hjælpemiddel",
            "proteser",
            "paryk",
            "ortopædisk fodtøj",
            "kompressionsstrømper",
            "bleer",
            "stomi",
        ],
        [
            "Søg om hjælpemidler på borger.dk og vedhæft oplysninger fra lægen.",
            "Du kan frit vælge leverandør, men køb ikke, før du har fået bevilling.",
            "Kommunen giver tilskud til varige funktionsnedsættelser.",
        ],
        ["Vedhæft lægeoplysninger.", "Afgørelsen kommer i Digital Post."],
    ),
    _g(
        "nemkonto",
        "NemKonto",
        "Bolig og økonomi",
        ["konto til udbetalinger", "skift bank", "bankkonto"],
        [
            "Alle udbetalinger fra det offentlige går til din NemKonto.",
            "Skifter du bank, skal du selv ændre NemKonto i netbanken eller på nemkonto.dk.",
            "En udenlandsk konto kan også bruges.",
        ],
        ["Log på nemkonto.dk med MitID.", "Indtast registreringsnummer og kontonummer."],
    ),
    _g(
        "forskud",
        "Forskudsopgørelse",
        "Skat",
        ["skattekort", "trækprocent", "fradrag", "TastSelv"],
        [
            "Ret din forskudsopgørelse på skat.dk, når din indkomst ændrer sig, fx ved nyt job "
            "eller ledighed.",
            "Husk kørselsfradrag og renter.",
            "Dit nye skattekort sendes automatisk til arbejdsgiveren.",
        ],
        ["Log på TastSelv med MitID.", "Vælg Ret forskudsopgørelse."],
    ),
    _g(
        "aarsopgoerelse",
        "Årsopgørelse",
        "Skat",
        ["restskat", "overskydende skat", "selvangivelse", "oplysningsskema"],
        [
            "Årsopgørelsen kommer i marts på skat.dk.",
            "Tjek, at oplysningerne er rigtige, og ret dem senest 1. maj.",
            "Restskat kan betales eller lægges på næste års skat.",
        ],
        ["Log på TastSelv.", "Se årsopgørelsen og ret oplysninger."],
    ),
    _g(
        "ledig",
        "Tilmeld dig som ledig",
        "Job og ledighed",
        ["Jobnet", "jobcenter", "arbejdsløs", "dagpenge", "melde sig ledig"],
        [
            "Tilmeld dig på jobnet.dk første dag, du er ledig. Du får kun dagpenge fra "
            "tilmeldingsdagen.",
            "Tjek jobforslag på Jobnet mindst hver 7. dag.",
            "Lav dit CV inden for 2 uger.",
        ],
        ["Log på Jobnet med MitID.", "Udfyld CV og joblog."],
    ),
    _g(
        "kontanthjaelp",
        "Kontanthjælp og uddannelseshjælp",
        "Job og ledighed",
        ["økonomisk hjælp", "hjælp til forsørgelse", "selvforsørgelsesydelse"],
        [
            "Meld dig ledig på Jobnet og søg kontanthjælp på borger.dk hurtigst muligt.",
            "Du kan kun få hjælp fra den dag, du søger.",
            "Vedhæft kontoudtog, lønsedler og oplysninger om formue.",
            "Er du gift, skal I begge underskrive.",
        ],
        ["Log på med MitID og vælg Søg kontanthjælp.", "Send dokumentation inden 5 dage."],
    ),
    _g(
        "brevstemme",
        "Brevstemme",
        "Valg",
        ["stemme før valget", "brevstemme i eget hjem", "stemme hjemmefra", "valgkort"],
        [
            "Du kan brevstemme i alle kommuner. Medbring legitimation.",
            "Kan du ikke komme ud, kan du søge om at brevstemme i eget hjem.",
            "Har du brevstemt, kan du ikke stemme på valgdagen.",
        ],
        ["Mød op i borgerservice eller på biblioteket.", "Vis pas, kørekort eller sundhedskort."],
    ),
    _g(
        "doedsfald",
        "Dødsfald og begravelse",
        "Familie",
        ["død", "begravelse", "bisættelse", "anmeld dødsfald", "skifteretten", "bedemand"],
        [
            "Lægen udsteder dødsattest. De pårørende anmoder om begravelse eller ligbrænding på "
            "borger.dk eller via en bedemand.",
            "Skifteretten kontakter den nærmeste pårørende om boet.",
            "Afdødes bankkonti bliver spærret, indtil skifteretten har taget stilling.",
        ],
        ["Log på med MitID og vælg anmodning om begravelse.", "Vælg kontaktperson."],
    ),
    _g(
        "begravelseshjaelp",
        "Begravelseshjælp",
        "Familie",
        ["tilskud til begravelse", "hjælp til begravelse"],
        [
            "Søg begravelseshjælp hos Udbetaling Danmark. Beløbet afhænger af afdødes formue.",
            "Bedemanden kan søge for dig med fuldmagt.",
        ],
        ["Søg digitalt på borger.dk.", "Vedhæft dokumenter fra skifteretten."],
    ),
    _g(
        "faderskab",
        "Faderskab og omsorgs- og ansvarserklæring",
        "Familie",
        ["medmoderskab", "fælles forældremyndighed", "OA-erklæring", "omsorgserklæring"],
        [
            "Ugifte forældre kan underskrive en omsorgs- og ansvarserklæring digitalt senest 4 "
            "uger efter fødslen.",
            "Begge forældre underskriver med MitID.",
            "Er forældrene gift, registreres faderskabet automatisk.",
        ],
        ["Log på borger.dk.", "Begge forældre underskriver."],
    ),
    _g(
        "cpr_udl",
        "CPR-nummer til udlændinge",
        "Flytning",
        [
            "personnummer",
            "yellow card",
            "International Citizen Service",
            "ICS",
            "EU-opholdsbevis",
            "meld indrejse",
        ],
        [
            "Flytter du til Danmark fra udlandet, skal du registreres i CPR i borgerservice "
            "eller hos ICS.",
            "Medbring pas, opholdstilladelse eller EU-opholdsbevis og lejekontrakt.",
            "Dokumenter skal være på dansk, engelsk eller tysk – ellers oversat.",
        ],
        ["Søg online og book tid.", "Mød op med dokumenter."],
    ),
    _g(
        "handicapparkering",
        "Handicapparkeringskort",
        "Sundhed",
        ["invalideskilt", "handicapskilt", "P-skilt", "parkeringskort"],
        [
            "Parkeringskort til handicappede udstedes af Danske Handicaporganisationer, ikke af "
            "kommunen.",
            "Søg digitalt. Ofte kræves en lægeerklæring, som du selv betaler.",
            "Kortet gælder op til 10 år og kan bruges i alle biler, du kører med i.",
        ],
        ["Udfyld ansøgningen.", "Lægen sender lægeerklæringen."],
    ),
    _g(
        "storskrald",
        "Storskrald og haveaffald",
        "Affald",
        ["affald", "bestil afhentning", "genbrugsplads", "affaldskalender"],
        [
            "Bestil afhentning af storskrald på kommunens hjemmeside eller i affaldsappen.",
            "Stil storskraldet ud før kl. 6 på afhentningsdagen.",
            "Haveaffald i klare sække på højst 10 kg.",
        ],
        ["Log på affaldsportalen.", "Vælg dato for afhentning."],
    ),
    _g(
        "hjemmehjaelp",
        "Hjemmehjælp",
        "Ældre",
        ["hjemmepleje", "praktisk hjælp", "personlig pleje", "rengøring", "madservice"],
        [
            "Kontakt kommunens visitation, hvis du har brug for hjælp i hjemmet.",
            "Kommunen vurderer dit behov. Ofte tilbydes først et rehabiliteringsforløb.",
            "Du kan vælge mellem flere leverandører.",
        ],
        ["Ring til visitationen.", "En visitator besøger dig."],
    ),
    _g(
        "fuldmagt",
        "Digital fuldmagt",
        "MitID og Digital Post",
        ["fuldmagt", "hjælpe en anden", "pårørende", "handlefuldmagt"],
        [
            "Med en digital fuldmagt kan en anden handle på dine vegne i selvbetjeningsløsninger.",
            "Giver eller modtager skal have MitID.",
            "Fuldmagten gælder normalt kun for én bestemt ting.",
        ],
        ["Log på borger.dk og vælg Digital fuldmagt.", "Vælg hvem og hvad fuldmagten gælder."],
    ),
]

FAQ: list[dict[str, Any]] = [
    _f(
        "faq_mitid_ny_telefon",
        "MitID app på ny telefon",
        "MitID",
        ["ny mobil", "skift telefon", "kopier appen", "flyt MitID"],
        [
            "Installer MitID-appen på den nye telefon og vælg at kopiere fra den gamle.",
            "Scan QR-koden med den gamle telefon. Appen kan bruges efter en time.",
            "Har du ikke den gamle telefon, kan du bruge pas med chip eller kodeviser.",
        ],
    ),
    _f(
        "faq_kodeviser",
        "Kodeviser virker ikke",
        "MitID",
        ["kodeviseren", "spærret kodeviser", "batteri", "kodeoplæser"],
        [
            "Tjek at du taster koden fra kodeviseren inden den skifter.",
            "Er kodeviseren spærret, skal du bestille en ny på MitID.dk.",
            "Batteriet holder cirka 10 år.",
        ],
    ),
    _f(
        "faq_dp_fuldmagt",
        "Digital Post: giv en anden adgang",
        "Digital Post",
        ["læseadgang", "skriveadgang", "fuldmagt til Digital Post", "se andres post"],
        [
            "Gå til Digital Post, åbn menuen og vælg Læse- og skriveadgang.",
            "Anmod om adgang med navn og CPR-nummer. Giveren godkender.",
            "Borgerservice kan oprette adgangen med fuldmagt.",
        ],
    ),
    _f(
        "faq_cookies",
        "Siden virker ikke: cookies og browser",
        "Browser",
        ["browser", "cookies", "hvid skærm", "Chrome", "Edge", "Safari", "fejlside"],
        [
            "Tillad nødvendige cookies på MitID.dk og borger.dk.",
            "Opdater browseren eller prøv en anden browser.",
            "Ryd cache og luk alle faner, og prøv igen.",
        ],
    ),
    _f(
        "faq_mitid_glemt",
        "Glemt bruger-ID eller adgangskode til MitID",
        "MitID",
        ["glemt kode", "glemt bruger-id", "PIN-kode", "adgangskode"],
        [
            "Dit bruger-ID står i MitID-appens menu under Se bruger-ID.",
            "Glemt adgangskode til kodeviser: log på MitID.dk med appen og vælg en ny.",
            "Glemt PIN til appen: kontakt MitID Support.",
        ],
    ),
    _f(
        "faq_mitid_spaerret",
        "MitID er spærret",
        "MitID",
        ["spærret", "låst", "for mange forkerte forsøg", "genaktiver MitID"],
        [
            "Efter for mange forkerte forsøg bliver MitID midlertidigt spærret.",
            "Genaktiver på MitID.dk, via MitID Support eller i borgerservice.",
            "Mistet telefon: spær både appen og SIM-kortet.",
        ],
    ),
    _f(
        "faq_mitid_qr",
        "Godkend med MitID-appen og QR-kode",
        "MitID",
        ["QR-kode", "scan", "swipe", "godkend login"],
        [
            "På computeren: scan QR-koden med MitID-appen og swipe for at godkende.",
            "Godkend aldrig, fordi nogen ringer til dig.",
        ],
    ),
    _f(
        "faq_eboks_app",
        "e-Boks-appen virker ikke",
        "Digital Post",
        ["e-Boks app", "geninstaller", "skærmlås", "teknisk fejl"],
        [
            "Afinstaller og installer appen igen – posten bliver ikke slettet.",
            "Telefonen skal have skærmlås.",
        ],
    ),
    _f(
        "faq_nemlogin",
        "Hvad er NemLog-in?",
        "Browser",
        ["log ind", "login", "single sign-on"],
        [
            "NemLog-in er det fælles offentlige login på borger.dk, skat.dk og sundhed.dk.",
            "Du logger på én gang med MitID og sendes tilbage til siden.",
        ],
    ),
    _f(
        "faq_aktiveringskode",
        "Aktiveringskode til MitID",
        "MitID",
        ["aktiveringskode udløbet", "midlertidig kode"],
        [
            "En aktiveringskode på papir fra borgerservice gælder i 48 timer.",
            "En kode sendt på SMS gælder i 30 minutter.",
        ],
    ),
    _f(
        "faq_mitid_chip",
        "MitID chip",
        "MitID",
        ["chip", "USB", "hardware"],
        [
            "Sæt chippen i computeren med kabel og tryk på knappen.",
            "Tillad adgang, når browseren spørger.",
        ],
    ),
    _f(
        "faq_log_ud",
        "Log ud på offentlige computere",
        "Browser",
        ["bibliotekets computer", "delt computer", "log af"],
        [
            "Log altid ud og luk browseren, når du har brugt en fælles computer.",
            "Browseren kan huske, at du er logget ind.",
        ],
    ),
]

SYNONYMS: list[SynonymGroup] = [
    SynonymGroup(term="MitID", words=["NemID", "nem-id", "nøglekort", "digital signatur"]),
    SynonymGroup(
        term="Digital Post", words=["e-Boks", "digital postkasse", "post fra det offentlige"]
    ),
    SynonymGroup(
        term="sundhedskort",
        words=["gult kort", "det gule kort", "sygesikringskort", "sygesikringsbevis"],
    ),
    SynonymGroup(term="boligstøtte", words=["huslejetilskud", "boligsikring"]),
    SynonymGroup(term="børne- og ungeydelse", words=["børnepenge", "børnecheck"]),
    SynonymGroup(term="folkepension", words=["alderspension", "pension"]),
    SynonymGroup(term="kontanthjælp", words=["bistandshjælp", "socialhjælp"]),
    SynonymGroup(term="læge", words=["doktor", "lægehus"]),
    SynonymGroup(term="handicapparkeringskort", words=["invalideskilt", "invalidekort"]),
    SynonymGroup(term="affald", words=["skrald"]),
    SynonymGroup(term="vielse", words=["bryllup", "giftermål"]),
]


def documents() -> list[SearchDoc]:
    """All fixture guides and FAQ entries as search documents."""
    return [
        SearchDoc(
            id=d["id"],
            kind=d["kind"],
            title=d["title"],
            synonyms=tuple(d["synonyms"]),
            guidance=tuple(d["guidance"]),
            steps=tuple(d["steps"]),
            area=d["area"],
        )
        for d in GUIDES + FAQ
    ]
