<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/kit/help.py" line="98"/>
        <source>Over Vertrouwen</source>
        <translation>About Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="105"/>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="108"/>
        <source>Licentie (EUPL-1.2)</source>
        <translation>Licence (EUPL-1.2)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="110"/>
        <source>Software van derden</source>
        <translation>Third-party software</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="113"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="134"/>
        <source>Vertrouwen {0}</source>
        <translation>Vertrouwen {0}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="139"/>
        <source>Versleutelde dossiers, klachtroutes met termijnen en anonieme jaarcijfers voor onafhankelijke vertrouwenspersonen. Werkt helemaal offline.</source>
        <translation>Encrypted case files, complaint routes with their deadlines and anonymous yearly figures for independent confidential advisors. Works entirely offline.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="151"/>
        <source>Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2). Vertrouwen bouwt op software van anderen, elk onder een eigen licentie (onder meer Qt en PySide6 onder de LGPL 3, SQLCipher, OpenSSL en Python): zie de tabbladen Licentie en Software van derden.</source>
        <translation>Free software under the European Union Public Licence 1.2 (EUPL-1.2). Vertrouwen builds on software by others, each under its own licence (among them Qt and PySide6 under the LGPL 3, SQLCipher, OpenSSL and Python): see the Licence and Third-party software tabs.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="160"/>
        <source>Waar je gegevens staan</source>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="168"/>
        <source>nog niet gekozen (Instellingen → Back-ups)</source>
        <translation>not chosen yet (Settings → Backups)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="170"/>
        <source>te zien als de kluis open is</source>
        <translation>shown when the vault is open</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="179"/>
        <source>Kluis</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="180"/>
        <source>Sleutelbestand</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="181"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="182"/>
        <source>Foutrapporten</source>
        <translation>Error reports</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="183"/>
        <source>Voorkeuren (alleen taal en kluispad)</source>
        <translation>Preferences (language and vault path only)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="191"/>
        <source>Map van de kluis openen</source>
        <translation>Open the vault&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="215"/>
        <source>Het bestand {0} ontbreekt in deze installatie.</source>
        <translation>The file {0} is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="211"/>
        <source>Afspraak toevoegen</source>
        <translation>Add agreed action</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="211"/>
        <source>Afspraak wijzigen</source>
        <translation>Edit agreed action</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="222"/>
        <source>bijvoorbeeld: verslag van het gesprek opvragen</source>
        <translation>for example: ask for the minutes of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="224"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="231"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="232"/>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="236"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="242"/>
        <source>Schrijf rollen, geen namen: “moeder”, “gezinsvoogd”.</source>
        <translation>Write roles, not names: “mother”, “family guardian”.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="253"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="253"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="255"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionsList</name>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="47"/>
        <source>Nog geen afspraken. Leg vast wie wat doet en wanneer.</source>
        <translation>No agreed actions yet. Record who does what, and when.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="69"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="70"/>
        <source>Gedaan: {0}</source>
        <translation>Done: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="84"/>
        <source>uiterlijk {0} ({1})</source>
        <translation>due {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="89"/>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="98"/>
        <source>Afspraak wijzigen</source>
        <translation>Edit agreed action</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/actions.py" line="99"/>
        <source>Afspraak verwijderen (ongedaan maken kan)</source>
        <translation>Remove agreed action (can be undone)</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="55"/>
        <source>Volgende stappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="58"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="61"/>
        <source>Let op</source>
        <translation>Watch out</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="74"/>
        <source>Dit is advies. Je kunt altijd een andere stap kiezen; de tijdlijn legt vast wat er gebeurd is.</source>
        <translation>This is advice. You can always choose another step; the timeline records what happened.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="94"/>
        <source>Dit dossier is gesloten: er lopen geen termijnen meer.</source>
        <translation>This case is closed: no deadlines are running.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="104"/>
        <source>De huidige stap loopt nog. Als er een uitkomst is, staat hier wat er daarna kan.</source>
        <translation>The current step is still running. Once it has an outcome, this shows what can come next.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="109"/>
        <source>Geen volgende stap in deze route. Kies zo nodig een andere route; een stap buiten de route vastleggen kan altijd.</source>
        <translation>No next step on this route. Choose another route if needed; a step outside the route can always be recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="165"/>
        <source>Verlopen, {0}</source>
        <translation>Expired, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="119"/>
        <source>Er lopen geen termijnen.</source>
        <translation>No deadlines are running.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="138"/>
        <source>Vastleggen…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="140"/>
        <source>Deze stap vastleggen in de tijdlijn</source>
        <translation>Record this step in the timeline</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="171"/>
        <source>Wie moet handelen: {0}</source>
        <translation>Who must act: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="177"/>
        <source>De organisatie kondigde {0} aan: later dan de wet toestaat (zie Let op).</source>
        <translation>The organisation announced {0}: later than the law allows (see Watch out).</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/advice.py" line="184"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="289"/>
        <source>Spoed?</source>
        <translation>Emergency?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="291"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="290"/>
        <source>Crisisnummers tonen ({0})</source>
        <translation>Show crisis numbers ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="292"/>
        <source>Kluis vergrendelen ({0})</source>
        <translation>Lock the vault ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="293"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="294"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="297"/>
        <source>Over Vertrouwen</source>
        <translation>About Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="298"/>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="308"/>
        <source>Kluis open · {0}</source>
        <translation>Vault open · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="310"/>
        <source>Nieuwe kluis aanmaken</source>
        <translation>Creating a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="312"/>
        <source>Kluis vergrendeld</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="322"/>
        <source>Vergrendelt over {0} min zonder activiteit</source>
        <translation>Locks after {0} min without activity</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="483"/>
        <source>Vergrendeld na 1 minuut zonder activiteit.</source>
        <translation>Locked after 1 minute without activity.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="485"/>
        <source>Vergrendeld na {0} minuten zonder activiteit.</source>
        <translation>Locked after {0} minutes without activity.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="486"/>
        <source>Vergrendeld omdat het scherm op slot ging.</source>
        <translation>Locked because the screen was locked.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="487"/>
        <source>Vergrendeld omdat de computer in slaapstand ging.</source>
        <translation>Locked because the computer went to sleep.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="615"/>
        <source>Herstelsleutel nog niet bewaard</source>
        <translation>Recovery key not yet kept</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="617"/>
        <source>Je hebt nog niet bevestigd dat je je herstelsleutel hebt bewaard. Zonder die sleutel is de kluis niet te openen als je je wachtwoordzin vergeet. Toch afsluiten?</source>
        <translation>You have not yet confirmed that you kept your recovery key. Without it the vault cannot be opened if you forget your passphrase. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="621"/>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/features/safekeeping/messages.py" line="28"/>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/messages.py" line="30"/>
        <source>gisteren {0}</source>
        <translation>yesterday {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="135"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="137"/>
        <source>Een back-up is een versleutelde kopie van je hele kluis die zichzelf controleert. Vertrouwen maakt er automatisch een als je de kluis opent of vergrendelt en de vorige ouder is dan je hier kiest.</source>
        <translation>A backup is an encrypted, self-checking copy of your whole vault. Vertrouwen makes one automatically when you open or lock the vault and the previous one is older than you choose here.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="144"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="150"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="152"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="159"/>
        <source>Deze map staat op dezelfde schijf als je kluis. Een back-up op een externe schijf of USB-stick helpt ook als je laptop kwijtraakt of kapotgaat.</source>
        <translation>This folder is on the same disk as your vault. A backup on an external disk or USB stick also helps when your laptop is lost or breaks.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="176"/>
        <source>Automatisch</source>
        <translation>Automatically</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="179"/>
        <source>Bewaar de laatste</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="181"/>
        <source>back-ups</source>
        <translation>backups</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="188"/>
        <source>Nu een back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="202"/>
        <source>elke dag</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="203"/>
        <source>elke 2 dagen</source>
        <translation>every 2 days</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="204"/>
        <source>elke 3 dagen</source>
        <translation>every 3 days</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="205"/>
        <source>elke week</source>
        <translation>every week</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="206"/>
        <source>elke 2 weken</source>
        <translation>every 2 weeks</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="207"/>
        <source>elke maand</source>
        <translation>every month</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="208"/>
        <source>nooit (alleen met de knop)</source>
        <translation>never (only with the button)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="213"/>
        <source>Back-ups in de map</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="215"/>
        <source>Een back-up opent met de wachtwoordzin die je had toen hij werd gemaakt, of met je herstelsleutel.</source>
        <translation>A backup opens with the passphrase you had when it was made, or with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="228"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="230"/>
        <source>Is je kluis beschadigd of kwijt? Zet dan een back-up terug. Vertrouwen controleert de back-up eerst helemaal; een beschadigde of veranderde back-up wordt geweigerd en er verandert niets.</source>
        <translation>Is your vault damaged or lost? Then restore a backup. Vertrouwen checks the whole backup first; a damaged or altered backup is refused and nothing changes.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="236"/>
        <location filename="../../ui/features/safekeeping/backups.py" line="293"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="251"/>
        <source>Nog geen map gekozen: er worden nog geen back-ups gemaakt.</source>
        <translation>No folder chosen yet: no backups are being made.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="264"/>
        <source>elke {0} dagen</source>
        <translation>every {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="269"/>
        <source>Laatste back-up: {0}</source>
        <translation>Last backup: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="271"/>
        <source>Er is nog geen back-up gemaakt.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="276"/>
        <source>De laatste automatische back-up is mislukt. {0}</source>
        <translation>The last automatic backup failed. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="303"/>
        <source>De map is nu niet bereikbaar. Is de schijf of USB-stick aangesloten?</source>
        <translation>The folder cannot be reached now. Is the disk or USB stick connected?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="306"/>
        <source>Nog geen back-ups in deze map.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="300"/>
        <source>Kies eerst een map.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="308"/>
        <source>en {0} oudere</source>
        <translation>and {0} older ones</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="324"/>
        <source>Map voor back-ups kiezen</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="343"/>
        <source>Back-up maken en controleren…</source>
        <translation>Making and checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="369"/>
        <source>Back-up gemaakt en gecontroleerd: {0} ({1}).</source>
        <translation>Backup made and checked: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/backups.py" line="376"/>
        <source>Er is geen back-up gemaakt. {0}</source>
        <translation>No backup was made. {0}</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="52"/>
        <source>&amp;Map kiezen…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="54"/>
        <source>Nog geen map gekozen.</source>
        <translation>No folder chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="62"/>
        <source>Deze map staat op dezelfde schijf als je kluis. Gaat de laptop kapot of verloren, dan ben je de back-ups ook kwijt. Kies liever een USB-stick of een andere schijf.</source>
        <translation>This folder is on the same disk as your vault. If the laptop breaks or is lost, the backups are gone too. Better choose a USB stick or another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="75"/>
        <source>&amp;Overslaan</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="78"/>
        <source>Vertrouwen &amp;starten</source>
        <translation>&amp;Start Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="90"/>
        <source>Map voor back-ups kiezen</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="112"/>
        <source>Eerste back-up maken…</source>
        <translation>Making the first backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="126"/>
        <source>De back-up in deze map lukte niet: {0} Kies een andere map of sla over.</source>
        <translation>The backup in this folder failed: {0} Choose another folder or skip.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="132"/>
        <source>Zonder back-ups verder?</source>
        <translation>Continue without backups?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="134"/>
        <source>Zonder back-up ben je al je dossiers kwijt als deze computer kapotgaat, gestolen wordt of de schijf beschadigt. Je kunt later een map kiezen bij Instellingen → Back-ups; tot dan zegt de statusregel dat er geen back-ups zijn.</source>
        <translation>Without a backup you lose all your case files if this computer breaks, is stolen or its disk is damaged. You can choose a folder later in Settings → Backups; until then the status line says there are no backups.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start_backup.py" line="139"/>
        <source>Toch zonder back-ups</source>
        <translation>Continue without backups</translation>
    </message>
</context>
<context>
    <name>BridgeDaysDialog</name>
    <message>
        <location filename="../../ui/features/routes/section.py" line="35"/>
        <source>Brugdagen</source>
        <translation>Bridge days</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="42"/>
        <source>Een brugdag is een dag die de overheid gelijkstelt aan een feestdag (Algemene termijnenwet art. 3 lid 3). Een wettelijke termijn die op zo&apos;n dag eindigt, loopt door tot de eerstvolgende werkdag. Voeg alleen dagen toe die officieel zijn bekendgemaakt.</source>
        <translation>A bridge day is a day the government declares equal to a public holiday (Algemene termijnenwet art. 3 lid 3). A statutory term that ends on such a day runs on to the next working day. Only add days that were officially announced.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="56"/>
        <source>Brugdag</source>
        <translation>Bridge day</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="57"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="59"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="25"/>
        <source>Exporteren naar agenda</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="30"/>
        <source>Termijnen en afspraken in je agenda</source>
        <translation>Deadlines and agreed actions in your calendar</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="34"/>
        <source>Een agendabestand (.ics) met de lopende termijnen en de afspraken met een datum van al je open dossiers. Elk item noemt alleen de dossiercode; termijnen noemen de stap en de regel waar ze uit komen. Notities gaan er nooit in.</source>
        <translation>A calendar file (.ics) with the running deadlines and the dated agreed actions of all your open cases. Each item names only the case code; deadlines name the step and the rule they come from. Notes never go in.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="43"/>
        <source>Omschrijvingen van afspraken meenemen</source>
        <translation>Include the descriptions of agreed actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="47"/>
        <source>Agenda&apos;s worden vaak via internet gesynchroniseerd (Google, iCloud, Outlook). Omschrijvingen van afspraken kunnen over je cliënt gaan: neem ze alleen mee als je agenda op deze computer blijft.</source>
        <translation>Calendars are often synced over the internet (Google, iCloud, Outlook). Descriptions of agreed actions may be about your client: include them only if your calendar stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="57"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="59"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="78"/>
        <source>Agendabestand opslaan</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="82"/>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="93"/>
        <source>Agenda opgeslagen</source>
        <translation>Calendar saved</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="94"/>
        <source>{0} termijnen en afspraken staan in {1}. Open het bestand met je agendaprogramma om ze te importeren.</source>
        <translation>{0} deadlines and agreed actions are in {1}. Open the file with your calendar program to import them.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/calendar_export.py" line="103"/>
        <source>Agenda niet opgeslagen</source>
        <translation>Calendar not saved</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/features/safekeeping/case_actions.py" line="31"/>
        <source>Dossier vernietigd</source>
        <translation>Case destroyed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="206"/>
        <source>Meer acties</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="213"/>
        <source>Overdragen aan collega…</source>
        <translation>Hand over to a colleague…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="219"/>
        <source>Dossier vernietigen…</source>
        <translation>Destroy case…</translation>
    </message>
</context>
<context>
    <name>CaseContext</name>
    <message>
        <location filename="../../ui/features/cases/case/base.py" line="197"/>
        <source>Rollen aanpassen</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/base.py" line="208"/>
        <source>Geen persoonsgegeven: markering</source>
        <translation>Not personal data: mark</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/features/cases/model.py" line="74"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="75"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="76"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="77"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="78"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="79"/>
        <source>Regeling</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="80"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="82"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="83"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="84"/>
        <source>Gesloten op {0}</source>
        <translation>Closed on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/model.py" line="85"/>
        <source>Signaal van een onveilige situatie</source>
        <translation>Signal of an unsafe situation</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="180"/>
        <source>Lijst verbergen of tonen</source>
        <translation>Hide or show the list</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="183"/>
        <location filename="../../ui/features/cases/case/view.py" line="414"/>
        <source>Dossier sluiten…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="390"/>
        <source>Dit dossier kon niet worden geopend: {0}</source>
        <translation>This case could not be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="396"/>
        <source>De laatste wijziging is niet bewaard: {0}. Het dossier is opnieuw geladen.</source>
        <translation>The last change was not saved: {0}. The case was loaded again.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="421"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="422"/>
        <source>Dossier sluiten met datum en resultaat</source>
        <translation>Close the case with a date and a result</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="424"/>
        <source>Gesloten {0}</source>
        <translation>Closed {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="452"/>
        <source>Persoonsgegevens in notities, klachtonderdelen, afspraken en toestemmingen die nog niet vervangen of afgewezen zijn</source>
        <translation>Personal data in notes, complaint points, actions and consents not yet replaced or dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="414"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="174"/>
        <location filename="../../ui/features/cases/case/view.py" line="458"/>
        <source>Ongedaan maken ({0})</source>
        <translation>Undo ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="175"/>
        <location filename="../../ui/features/cases/case/view.py" line="462"/>
        <source>Opnieuw ({0})</source>
        <translation>Redo ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="188"/>
        <source>Dossier wegleggen ({0})</source>
        <translation>Put the case away ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="428"/>
        <source>Het dossier weer openen</source>
        <translation>Open the case again</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="431"/>
        <source>Signaal onveilig</source>
        <translation>Unsafe signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="434"/>
        <source>sinds {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="445"/>
        <source>Geen open bevindingen</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="447"/>
        <source>1 open bevinding</source>
        <translation>1 open finding</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="449"/>
        <source>{0} open bevindingen</source>
        <translation>{0} open findings</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="481"/>
        <source>Dossier heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/view.py" line="494"/>
        <source>Dossier sluiten</source>
        <translation>Close case</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <location filename="../../ui/features/cases/area.py" line="78"/>
        <location filename="../../ui/features/cases/area.py" line="186"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="82"/>
        <location filename="../../ui/features/cases/area.py" line="167"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="85"/>
        <source>Nieuw dossier (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="129"/>
        <source>Zoeken in dossiers</source>
        <translation>Search case files</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="132"/>
        <location filename="../../ui/features/cases/area.py" line="237"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="157"/>
        <source>Dossierlijst</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="166"/>
        <source>Maak je eerste dossier met Ctrl+N. Het krijgt een code, nooit een naam.</source>
        <translation>Create your first case with Ctrl+N. It gets a code, never a name.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="172"/>
        <source>Geen dossiers gevonden</source>
        <translation>No cases found</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="173"/>
        <source>Geen dossier past bij deze filters of zoekwoorden.</source>
        <translation>No case matches these filters or search words.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="174"/>
        <source>Filters en zoekwoorden wissen</source>
        <translation>Clear filters and search words</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="224"/>
        <source>laden…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="228"/>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="232"/>
        <source>1 dossier</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="234"/>
        <source>{0} dossiers</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="441"/>
        <source>Dossier niet aangemaakt</source>
        <translation>Case not created</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/area.py" line="165"/>
        <source>Nog geen dossiers</source>
        <translation>No cases yet</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/features/settings/area.py" line="356"/>
        <location filename="../../ui/features/settings/area.py" line="362"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="363"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="368"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="379"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="381"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="398"/>
        <source>De nieuwe wachtwoordzin is gelijk aan de huidige.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="409"/>
        <source>Nieuwe wachtwoordzin vastleggen…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="37"/>
        <location filename="../../ui/features/safekeeping/verify.py" line="45"/>
        <source>Kluis controleren</source>
        <translation>Check vault</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="39"/>
        <source>Vertrouwen controleert de versleuteling van elke pagina, de opbouw van de database, de koppelingen tussen de gegevens en de versie. Er verandert niets. Bij een grote kluis duurt het enkele seconden.</source>
        <translation>Vertrouwen checks the encryption of every page, the structure of the database, the links between the data and the version. Nothing changes. For a large vault it takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="53"/>
        <source>Op de opdrachtregel: vertrouwen verify</source>
        <translation>On the command line: vertrouwen verify</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="57"/>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="77"/>
        <source>Kluis controleren…</source>
        <translation>Checking the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="93"/>
        <source>De kluis is in orde.</source>
        <translation>The vault is in good order.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="97"/>
        <source>Versleuteling, pagina&apos;s, schema en koppelingen zijn gecontroleerd (1 dossier).</source>
        <translation>Encryption, pages, schema and links were checked (1 case).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="101"/>
        <source>Versleuteling, pagina&apos;s, schema en koppelingen zijn gecontroleerd ({0} dossiers).</source>
        <translation>Encryption, pages, schema and links were checked ({0} cases).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="110"/>
        <source>Tip: kies bij Back-ups een map voor automatische back-ups, bij voorkeur op een externe schijf.</source>
        <translation>Tip: under Backups, choose a folder for automatic backups, preferably on an external disk.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="116"/>
        <source>Maak binnenkort een nieuwe back-up.</source>
        <translation>Make a new backup soon.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="122"/>
        <source>De kluis is beschadigd ({0} problemen gevonden).</source>
        <translation>The vault is damaged ({0} problems found).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="124"/>
        <source>De kluis is beschadigd (1 probleem gevonden).</source>
        <translation>The vault is damaged (1 problem found).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="128"/>
        <source>Zet de laatste back-up terug (Back-ups › Terugzetten) en blijf tot dan zo min mogelijk in deze kluis werken.</source>
        <translation>Restore the latest backup (Backups › Restore) and until then work in this vault as little as possible.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="132"/>
        <source>Technische details (voor wie je helpt):</source>
        <translation>Technical details (for whoever helps you):</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="139"/>
        <location filename="../../ui/features/safekeeping/verify.py" line="174"/>
        <source>Gecontroleerd: {0}</source>
        <translation>Checked: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="144"/>
        <source>Er is nog geen back-up gemaakt.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="145"/>
        <source>Laatste back-up: {0}.</source>
        <translation>Last backup: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/verify.py" line="172"/>
        <source>De controle kon niet worden uitgevoerd.</source>
        <translation>The check could not be run.</translation>
    </message>
</context>
<context>
    <name>ChooseCasesDialog</name>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="54"/>
        <source>Dossiers overdragen</source>
        <translation>Hand over cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="60"/>
        <source>Welke dossiers draag je over?</source>
        <translation>Which cases are you handing over?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="64"/>
        <source>Je collega krijgt de dossiers compleet, met notities, afspraken, klachtonderdelen en toestemmingen. Draag alleen over waar de cliënt mee heeft ingestemd.</source>
        <translation>Your colleague receives the complete cases, with notes, agreements, complaint points and consents. Hand over only what the client has agreed to.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="73"/>
        <source>Zoek op code of organisatie</source>
        <translation>Search by code or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="88"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="90"/>
        <source>Pakket maken…</source>
        <translation>Make package…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="104"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="106"/>
        <source>gesloten {0}</source>
        <translation>closed {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="134"/>
        <source>Nog niets gekozen</source>
        <translation>Nothing chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="136"/>
        <source>1 dossier gekozen</source>
        <translation>1 case chosen</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="138"/>
        <source>{0} dossiers gekozen</source>
        <translation>{0} cases chosen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="172"/>
        <location filename="../../ui/features/cases/case/dialogs.py" line="177"/>
        <location filename="../../ui/features/cases/case/dialogs.py" line="203"/>
        <source>Dossier sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="181"/>
        <source>Het dossier blijft bewaard en telt mee in de jaarrapportage. Heropenen kan altijd.</source>
        <translation>The case is kept and counts in the yearly report. You can always reopen it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="195"/>
        <source>Niet gegeven</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="198"/>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="199"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="200"/>
        <source>Rapportcijfer van de cliënt</source>
        <translation>Client&apos;s mark</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="205"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="97"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="105"/>
        <source>Leg vast waarvoor de cliënt toestemming gaf. Een vastgelegde toestemming verandert niet meer: voor een andere ontvanger, een ander doel of andere inhoud leg je een nieuwe vast.</source>
        <translation>Record what the client consented to. A recorded consent does not change afterwards: for another recipient, another purpose or other content, record a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="119"/>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="121"/>
        <source>bijvoorbeeld: Klachtencommissie Jeugdhulp</source>
        <translation>for example: Youth Care Complaints Committee</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="122"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="124"/>
        <source>bijvoorbeeld: formele klacht indienen</source>
        <translation>for example: filing a formal complaint</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="125"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="139"/>
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="143"/>
        <source>Wat mag gedeeld worden</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="144"/>
        <source>Alle notities, ook latere</source>
        <translation>All notes, including later ones</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="147"/>
        <source>Notities die gedeeld mogen worden</source>
        <translation>Notes that may be shared</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="162"/>
        <source>Dit dossier heeft nog geen notities.</source>
        <translation>This case has no notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="164"/>
        <source>Documenten die als bijlage mee mogen</source>
        <translation>Documents that may be attached as annexes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="167"/>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="174"/>
        <source>Documenten (als bijlage bij de klachtbrief)</source>
        <translation>Documents (as annexes to the complaint letter)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="181"/>
        <source>Klachtonderdelen</source>
        <translation>Complaint points</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="182"/>
        <source>Stappen van de route</source>
        <translation>Route steps</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="183"/>
        <source>Afspraken</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="191"/>
        <source>Rol, organisatie, regeling, onderwerpen en doelen gaan altijd mee; de ontvanger en het doel staan in de PDF.</source>
        <translation>Role, organisation, regime, topics and goals are always included; the recipient and purpose appear in the PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="201"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="201"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentList</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="72"/>
        <source>Nog geen toestemming vastgelegd. Zonder toestemming gaat er niets naar buiten: leg vast wat de cliënt met wie wil delen, en waarvoor.</source>
        <translation>No consent recorded yet. Without consent nothing leaves the vault: record what the client wants to share, with whom, and why.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="114"/>
        <source>Gegeven {0} · {1} · {2}</source>
        <translation>Given {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="130"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="131"/>
        <source>De cliënt trekt deze toestemming in (definitief)</source>
        <translation>The client withdraws this consent (final)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="133"/>
        <source>Toestemming voor {0} intrekken</source>
        <translation>Withdraw consent for {0}</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="175"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="177"/>
        <source>Toestemming vastleggen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="186"/>
        <source>Wat mag naar wie, en waarvoor. Intrekken is definitief; een andere afspraak met de cliënt leg je vast als nieuwe toestemming.</source>
        <translation>What may go to whom, and why. Withdrawing is final; a different agreement with the client is recorded as a new consent.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="217"/>
        <source>Toestemming en delen</source>
        <translation>Consent and sharing</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="277"/>
        <source>De toestemming is niet vastgelegd</source>
        <translation>The consent was not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="287"/>
        <source>Toestemming intrekken?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="289"/>
        <source>De toestemming voor {0} ({1}) vervalt op {2}. Dit is definitief: een ingetrokken toestemming kan niet terug. Geeft de cliënt later opnieuw toestemming, dan leg je die als nieuwe vast.</source>
        <translation>The consent for {0} ({1}) ends on {2}. This is final: a withdrawn consent cannot be restored. If the client consents again later, record that as a new consent.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="293"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/tab.py" line="303"/>
        <source>De toestemming is niet ingetrokken</source>
        <translation>The consent was not withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="20"/>
        <source>Mondeling</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="21"/>
        <source>Ondertekend</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="22"/>
        <source>Schriftelijk (e-mail, brief)</source>
        <translation>In writing (e-mail, letter)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="31"/>
        <source>wijze niet vastgelegd</source>
        <translation>method not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="38"/>
        <source>Ingetrokken op {0}</source>
        <translation>Withdrawn on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="42"/>
        <source>Geldt vanaf {0}</source>
        <translation>Applies from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="45"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="51"/>
        <source>alle notities</source>
        <translation>all notes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="55"/>
        <source>geen notities</source>
        <translation>no notes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="58"/>
        <source>{0} van {1} notities</source>
        <translation>{0} of {1} notes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="63"/>
        <source>klachtonderdelen</source>
        <translation>complaint points</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="64"/>
        <source>stappen</source>
        <translation>steps</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="65"/>
        <source>afspraken</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="71"/>
        <source>{0} document(en) als bijlage</source>
        <translation>{0} document(s) as annexes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="89"/>
        <source>{0} — {1} (gegeven {2})</source>
        <translation>{0} — {1} (given {2})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/text.py" line="102"/>
        <source>{0} en {1}</source>
        <translation>{0} and {1}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/core/crash.py" line="167"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="172"/>
        <source>Er ging iets mis in Vertrouwen</source>
        <translation>Something went wrong in Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="176"/>
        <source>Een foutrapport staat in {0}.</source>
        <translation>An error report was saved in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="178"/>
        <source>Het foutrapport kon niet worden bewaard; je kunt het wel kopiëren.</source>
        <translation>The error report could not be saved; you can still copy it.</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="182"/>
        <source>Dit had niet mogen gebeuren. Je kluis is veilig: elke wijziging is al opgeslagen. Werkt iets niet meer zoals verwacht, vergrendel dan de kluis en open hem opnieuw, of start Vertrouwen opnieuw.</source>
        <translation>This should not have happened. Your vault is safe: every change has already been saved. If something no longer works as expected, lock the vault and open it again, or restart Vertrouwen.</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="190"/>
        <source>Het rapport bevat geen dossiergegevens: alleen het soort fout, de plaats in de programmacode en de versies. Je kunt het kopiëren en naar je beheerder sturen.</source>
        <translation>The report holds no case data: only the kind of error, the place in the program code and the versions. You can copy it and send it to your IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="204"/>
        <source>Rapport kopiëren</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="207"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="212"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/core/crash.py" line="218"/>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Destroy</name>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="24"/>
        <source>Dossier {0} wordt voorgoed vernietigd, met alle notities, documenten, afspraken,
klachtonderdelen en toestemmingen. Dit kan niet ongedaan worden gemaakt.

De anonieme telling voor de jaarrapportage blijft bewaard.
Back-ups van vóór nu bevatten het dossier nog tot ze worden vervangen.

Typ de code {0} om te bevestigen:</source>
        <translation>Case {0} will be destroyed for good, with all its notes, documents, agreements,
complaint points and consents. This cannot be undone.

The anonymous count for the yearly report is kept.
Backups made before now still hold the case until they are replaced.

Type the code {0} to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="37"/>
        <source>Dossier {0} is vernietigd (1 notitie).</source>
        <translation>Case {0} was destroyed (1 note).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="41"/>
        <source>Dossier {0} is vernietigd ({1} notities).</source>
        <translation>Case {0} was destroyed ({1} notes).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="44"/>
        <source>De anonieme telling blijft meetellen in de jaarrapportage.</source>
        <translation>Its anonymous count still counts in the yearly report.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="48"/>
        <source>Een ander programma heeft de kluis open, dus opschonen gebeurt later; de verwijderde tekst is al overschreven.</source>
        <translation>Another program has the vault open, so compacting happens later; the deleted text is already overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="70"/>
        <source>Dossier {0} vernietigen</source>
        <translation>Destroy case {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="72"/>
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="78"/>
        <source>De code klopt niet</source>
        <translation>The code does not match</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="79"/>
        <source>Je typte iets anders dan {0}. Er is niets vernietigd.</source>
        <translation>You typed something other than {0}. Nothing was destroyed.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/destroy.py" line="89"/>
        <source>Vernietigen lukte niet</source>
        <translation>Destroying failed</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/kit/dialogs.py" line="83"/>
        <location filename="../../ui/kit/dialogs.py" line="252"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/kit/dialogs.py" line="84"/>
        <location filename="../../ui/kit/dialogs.py" line="109"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/dialogs.py" line="164"/>
        <source>Geen printer gevonden</source>
        <translation>No printer found</translation>
    </message>
    <message>
        <location filename="../../ui/kit/dialogs.py" line="165"/>
        <source>Deze computer kent geen printer. Sluit er een aan of voeg er een toe bij de instellingen van je computer, en probeer het dan opnieuw. Of schrijf de tekens over op papier.</source>
        <translation>This computer knows no printer. Connect one or add one in your computer&apos;s settings, then try again. Or copy the characters onto paper by hand.</translation>
    </message>
</context>
<context>
    <name>DocumentIntake</name>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="97"/>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="100"/>
        <source>Documenten (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.eml *.txt);;Alle bestanden (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.eml *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="112"/>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="132"/>
        <source>{0} wordt versleuteld bewaard…</source>
        <translation>Keeping {0} encrypted…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="154"/>
        <source>Niet alle bijlagen bewaard</source>
        <translation>Not all attachments kept</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="156"/>
        <source>De e-mail is bewaard, met {0} van zijn bijlagen als eigen documenten. {1} bijlage(n) zijn niet bewaard: Vertrouwen kan dat soort bestand niet bewaren, of het was beschadigd.</source>
        <translation>The e-mail was kept, with {0} of its attachments as documents of their own. {1} attachment(s) were not kept: Vertrouwen cannot keep that kind of file, or it was damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="164"/>
        <source>Origineel verwijderen?</source>
        <translation>Delete the original?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="166"/>
        <source>{0} staat nu versleuteld in de kluis. Het origineel staat nog onversleuteld op de schijf. Wil je het verwijderen?</source>
        <translation>{0} is now kept encrypted in the vault. The original is still on the disk unencrypted. Do you want to delete it?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="169"/>
        <source>Origineel verwijderen</source>
        <translation>Delete original</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="170"/>
        <source>Laten staan</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="177"/>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="178"/>
        <source>{0} kon niet verwijderd worden; verwijder het zelf.</source>
        <translation>{0} could not be deleted; delete it yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="185"/>
        <source>Document niet bewaard</source>
        <translation>Document not kept</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="36"/>
        <source>{0} is te groot om te bewaren.</source>
        <translation>{0} is too large to keep.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="37"/>
        <source>{0} is leeg.</source>
        <translation>{0} is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="38"/>
        <source>{0} is geen soort bestand dat Vertrouwen kan bewaren. Dat kan: PDF, JPEG, PNG, DOCX, ODT, EML en TXT.</source>
        <translation>{0} is not a kind of file Vertrouwen can keep. It can keep: PDF, JPEG, PNG, DOCX, ODT, EML and TXT.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="43"/>
        <source>{0} heeft een extensie die niet bij de inhoud past. Het bestand is misschien beschadigd of niet het bestand dat je bedoelt.</source>
        <translation>{0} has an extension that does not match its content. The file may be damaged or not the file you mean.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="48"/>
        <source>{0} is met een wachtwoord beveiligd. Sla het op zonder wachtwoord en voeg het opnieuw toe.</source>
        <translation>{0} is protected with a password. Save it without a password and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="53"/>
        <source>{0} is beschadigd en kan niet gelezen worden.</source>
        <translation>{0} is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="54"/>
        <source>{0} pakt uit tot veel meer dan een tekstdocument en is geweigerd.</source>
        <translation>{0} unpacks to far more than a text document and was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="57"/>
        <source>{0} veranderde of verdween terwijl het werd gelezen. Voeg het opnieuw toe als het compleet is.</source>
        <translation>{0} changed or disappeared while it was being read. Add it again once it is complete.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="62"/>
        <source>{0} kan niet gelezen worden.</source>
        <translation>{0} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/intake.py" line="74"/>
        <source>Er is niets bewaard.</source>
        <translation>Nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="86"/>
        <source>Sleep een brief, besluit of foto hierheen, kies een bestand of plak het (Ctrl+V). Het wordt versleuteld in de kluis bewaard.</source>
        <translation>Drag a letter, decision or photo here, choose a file or paste it (Ctrl+V). It is kept encrypted in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="93"/>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="95"/>
        <source>Document toevoegen…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="106"/>
        <source>Documenten van dit dossier</source>
        <translation>Documents of this case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="136"/>
        <source>Titel van het document</source>
        <translation>Title of the document</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="140"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="143"/>
        <source>bijvoorbeeld: de gemeente, gezinsvoogd</source>
        <translation>for example: the municipality, family guardian</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="150"/>
        <source>Datum van het document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="153"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="155"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="159"/>
        <source>Van wie</source>
        <translation>From whom</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="167"/>
        <source>Openen in ander programma…</source>
        <translation>Open in another program…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="169"/>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="427"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="193"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="233"/>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="241"/>
        <source>Nog geen documenten in dit dossier.</source>
        <translation>No documents in this case yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="270"/>
        <source>Document wordt geladen…</source>
        <translation>Loading document…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="279"/>
        <source>(geen tekst gevonden in dit document)</source>
        <translation>(no text found in this document)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="282"/>
        <source>Deze PDF kan hier niet getoond worden.</source>
        <translation>This PDF cannot be shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="284"/>
        <source>Deze afbeelding kan hier niet getoond worden.</source>
        <translation>This image cannot be shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="294"/>
        <source>Privacywacht: {0} persoonsgegeven(s) in dit document ({1}). Dat is gewoon bij stukken van organisaties; het document blijft bewaard. Deel het alleen met toestemming.</source>
        <translation>Privacy guard: {0} piece(s) of personal data in this document ({1}). That is normal in papers from organisations; the document stays kept. Share it only with consent.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="340"/>
        <source>Document {0} aanpassen</source>
        <translation>Edit document {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="393"/>
        <source>Onversleuteld openen?</source>
        <translation>Open unencrypted?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="395"/>
        <source>Om {0} in een ander programma te openen, wordt het onversleuteld op de schijf gezet, buiten de kluis. Verwijder het daarna zelf. Doorgaan?</source>
        <translation>To open {0} in another program, it is written to the disk unencrypted, outside the vault. Delete it yourself afterwards. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="398"/>
        <source>Onversleuteld opslaan en openen</source>
        <translation>Save unencrypted and open</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="403"/>
        <source>Onversleuteld opslaan als</source>
        <translation>Save unencrypted as</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="423"/>
        <source>Document verwijderen?</source>
        <translation>Remove document?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="425"/>
        <source>{0} wordt voorgoed uit de kluis verwijderd. Dit kan niet ongedaan gemaakt worden.</source>
        <translation>{0} will be removed from the vault for good. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/documents/tab.py" line="447"/>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="40"/>
        <source>Noodkaart afdrukken</source>
        <translation>Print the emergency sheet</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="55"/>
        <source>Wachtwoord afdrukken</source>
        <translation>Print the password</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="77"/>
        <source>Noodkaart als bestand opslaan?</source>
        <translation>Save the emergency sheet as a file?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="78"/>
        <source>Een bestand met je herstelsleutel opent je kluis net zo goed als de sleutel zelf. Op deze laptop wordt het samen met de kluis gestolen, en een map die met de cloud meedoet (OneDrive, Dropbox, Google Drive, iCloud Drive) stuurt het naar internet voordat je het kunt wissen. Een gewist bestand is vaak nog terug te halen.

Afdrukken is veiliger. Wil je toch een bestand, zet het dan op een USB-stick die je daarna veilig opbergt.</source>
        <translation>A file holding your recovery key opens your vault just as well as the key itself. On this laptop it is stolen together with the vault, and a folder that syncs with the cloud (OneDrive, Dropbox, Google Drive, iCloud Drive) sends it to the internet before you can delete it. A deleted file can often still be recovered.

Printing is safer. If you want a file anyway, put it on a USB stick that you then keep in a safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="87"/>
        <source>Toch opslaan…</source>
        <translation>Save anyway…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="91"/>
        <source>Vertrouwen-noodkaart.pdf</source>
        <translation>Vertrouwen-emergency-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="95"/>
        <source>Noodkaart opslaan</source>
        <translation>Save emergency sheet</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="97"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="109"/>
        <source>Noodkaart niet opgeslagen</source>
        <translation>Emergency sheet not saved</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="123"/>
        <source>Opgeslagen in {0}. Druk hem af en wis het bestand daarna, ook uit de prullenbak.</source>
        <translation>Saved in {0}. Print it and delete the file afterwards, from the bin too.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="127"/>
        <source>Opgeslagen in {0}. Berg de USB-stick veilig op, weg van de laptop.</source>
        <translation>Saved in {0}. Keep the USB stick in a safe place, away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="140"/>
        <source>Deze map hoort bij {0}: het bestand gaat dan naar de cloud, en wie daar toegang toe heeft, kan je kluis openen.</source>
        <translation>This folder belongs to {0}: the file would go to the cloud, and whoever has access there can open your vault.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="148"/>
        <source>Deze map staat op dezelfde schijf als je kluis: wie de laptop meeneemt, heeft dan de kluis én de sleutel.</source>
        <translation>This folder is on the same disk as your vault: whoever takes the laptop then has the vault and the key.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="155"/>
        <source>Niet op deze plek?</source>
        <translation>Not in this place?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="158"/>
        <source>Kies liever een USB-stick, of druk de noodkaart af.</source>
        <translation>Better choose a USB stick, or print the emergency sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="161"/>
        <source>Toch hier opslaan</source>
        <translation>Save here anyway</translation>
    </message>
    <message>
        <location filename="../../ui/kit/emergency_sheet.py" line="162"/>
        <source>Andere plek kiezen</source>
        <translation>Choose another place</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../ui/features/reports/export.py" line="45"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="48"/>
        <source>Exporteer CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="50"/>
        <source>Jaarrapportage als PDF…</source>
        <translation>Yearly report as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="66"/>
        <source>De jaarrapportage {0} als PDF, met de gekozen filters.</source>
        <translation>The yearly report {0} as a PDF, with the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="68"/>
        <source>De jaarrapportage gaat over een kalenderjaar: kies een jaar bij Periode.</source>
        <translation>The yearly report covers a calendar year: choose a year under Period.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="89"/>
        <source>Jaarrapportage opslaan</source>
        <translation>Save the yearly report</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="90"/>
        <source>Jaarrapportage {0}.pdf</source>
        <translation>Yearly report {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="91"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="109"/>
        <source>Tellingen opslaan als CSV</source>
        <translation>Save the counts as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="110"/>
        <source>Rapportage {0}.csv</source>
        <translation>Report {0}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="111"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="146"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/export.py" line="154"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="276"/>
        <source>Klacht als PDF</source>
        <translation>Complaint as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="276"/>
        <source>Anonieme samenvatting</source>
        <translation>Anonymous summary</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="282"/>
        <source>Onder welke toestemming</source>
        <translation>Under which consent</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="288"/>
        <source>Alle actieve toestemmingen samen</source>
        <translation>All active consents together</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="297"/>
        <source>De PDF bevat alleen wat deze toestemming dekt.</source>
        <translation>The PDF contains only what this consent covers.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="316"/>
        <source>Gegevens van de cliënt</source>
        <translation>Client&apos;s details</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="329"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="330"/>
        <source>straat en huisnummer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="331"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="334"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="336"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="320"/>
        <source>Een formele klacht vraagt naam en adres (Awb 9:4). Deze gegevens komen alleen in de PDF en worden nergens bewaard: niet in de kluis, niet in instellingen of logboek. Sluit je dit venster, dan zijn ze weg.</source>
        <translation>A formal complaint needs a name and address (Awb 9:4). These details go into the PDF only and are stored nowhere: not in the vault, not in settings or logs. Once you close this window, they are gone.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="341"/>
        <source>e-mail (optioneel)</source>
        <translation>e-mail (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="342"/>
        <source>telefoon (optioneel)</source>
        <translation>phone (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="343"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="344"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="349"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="357"/>
        <source>Beveiligen met een wachtwoord (AES-256)</source>
        <translation>Protect with a password (AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="364"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="365"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="370"/>
        <source>Geef het wachtwoord apart door, bijvoorbeeld telefonisch, niet in dezelfde e-mail. Het wordt nergens bewaard.</source>
        <translation>Pass the password on separately, for example by phone, not in the same e-mail. It is stored nowhere.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="385"/>
        <source>Voorbeeld bekijken</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="385"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="402"/>
        <source>Er is geen actieve toestemming.</source>
        <translation>There is no active consent.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="410"/>
        <source>Kies een wachtwoord van minstens {0} tekens.</source>
        <translation>Choose a password of at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/dialogs.py" line="414"/>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="107"/>
        <source>Delen als PDF</source>
        <translation>Share as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="118"/>
        <source>Klacht als PDF…</source>
        <translation>Complaint as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="124"/>
        <source>Formele klachtbrief met naam en adres van de cliënt, die niet bewaard worden.</source>
        <translation>Formal complaint letter with the client&apos;s name and address, which are not stored.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="131"/>
        <source>Anonieme samenvatting…</source>
        <translation>Anonymous summary…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="135"/>
        <source>Zonder identiteit en organisatienaam, na controle op persoonsgegevens.</source>
        <translation>Without identity or organisation name, after a check for personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="142"/>
        <source>Leg eerst toestemming vast. Zonder actieve toestemming van de cliënt kan er niets gedeeld worden.</source>
        <translation>Record consent first. Without the client&apos;s active consent nothing can be shared.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="111"/>
        <source>Een PDF bevat alleen wat een actieve toestemming dekt. Je ziet hem eerst in een voorbeeld; pas bij Opslaan wordt er iets geschreven.</source>
        <translation>A PDF contains only what an active consent covers. You see a preview first; nothing is written until you save.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="179"/>
        <source>Leg eerst toestemming vast voor wat je wilt delen.</source>
        <translation>First record consent for what you want to share.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="215"/>
        <source>De namenherkenning wordt geladen en daarna de PDF gemaakt…</source>
        <translation>Loading name recognition, then making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="217"/>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="242"/>
        <source>De PDF kon niet worden gemaakt</source>
        <translation>The PDF could not be made</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="248"/>
        <source>Voorbeeld: klachtbrief</source>
        <translation>Preview: complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="250"/>
        <source>Voorbeeld: anonieme samenvatting</source>
        <translation>Preview: anonymous summary</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="255"/>
        <source>De termijnen konden niet worden berekend; de brief verwijst naar de klachtenregeling van de organisatie.</source>
        <translation>The terms could not be computed; the letter refers to the organisation&apos;s complaint regulation.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="263"/>
        <source>Het voorbeeld kon niet worden geopend.</source>
        <translation>The preview could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="278"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="280"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="291"/>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="291"/>
        <source>{0} pagina&apos;s</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="293"/>
        <source>aan {0}</source>
        <translation>to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="295"/>
        <source>met wachtwoord (AES-256)</source>
        <translation>password-protected (AES-256)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="309"/>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="323"/>
        <source>Klachtbrief</source>
        <translation>Complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="323"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="325"/>
        <source>{0} opgeslagen als {1}.</source>
        <translation>{0} saved as {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="336"/>
        <source>Kies een andere bestandsnaam: dit is de kluis zelf of een map.</source>
        <translation>Choose another file name: this is the vault itself or a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/export.py" line="339"/>
        <source>De PDF is niet opgeslagen</source>
        <translation>The PDF was not saved</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/features/cases/search.py" line="59"/>
        <source>Alle dossiers</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="60"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="61"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="64"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="65"/>
        <source>Alle regelingen</source>
        <translation>All regimes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="66"/>
        <source>Alle onderwerpen</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="67"/>
        <location filename="../../ui/features/cases/search.py" line="110"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="68"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="72"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="73"/>
        <source>Regeling</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="74"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="75"/>
        <source>Dossiers die in dit jaar open waren</source>
        <translation>Cases that were open in this year</translation>
    </message>
</context>
<context>
    <name>FindingsBar</name>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="167"/>
        <source>Vorige bevinding</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="168"/>
        <source>Volgende bevinding</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="232"/>
        <source>Privacywacht: geen persoonsgegevens in deze notitie</source>
        <translation>Privacy guard: no personal data in this note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="235"/>
        <source>Privacywacht: nummers en adressen worden herkend, namen zo meteen</source>
        <translation>Privacy guard: numbers and addresses are recognised, names in a moment</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="240"/>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="246"/>
        <source>Vervang door</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="251"/>
        <source>Meer rollen</source>
        <translation>More roles</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="265"/>
        <source>Geen persoonsgegeven</source>
        <translation>Not personal data</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="267"/>
        <source>Niet meer markeren in dit dossier</source>
        <translation>Stop marking this in this case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="271"/>
        <source>Vervang overal in dit dossier ({0}×)</source>
        <translation>Replace everywhere in this case ({0}×)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/editor.py" line="274"/>
        <source>In alle notities, klachtonderdelen en afspraken van dit dossier</source>
        <translation>In all notes, complaint points and actions of this case</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/core/messages.py" line="517"/>
        <source>Iedereen die met jouw gebruikersaccount op deze computer kan inloggen, kan de kluis dan openen zonder wachtwoordzin. Zet dit alleen aan als niemand anders dit account gebruikt. Deel je de computer of het account met collega&apos;s of huisgenoten, laat het dan uit.</source>
        <translation>Anyone who can log in to this computer with your user account can then open the vault without the passphrase. Only turn this on if nobody else uses this account. If you share the computer or the account with colleagues or housemates, leave it off.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/shell/first_start.py" line="82"/>
        <source>Stap {0} van {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="92"/>
        <source>Welkom bij Vertrouwen</source>
        <translation>Welcome to Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="94"/>
        <source>Vertrouwen bewaart je dossiers versleuteld in een kluis op deze computer. Er gaat niets naar internet. De kluis gaat alleen open met je wachtwoordzin, of met een herstelsleutel die je zo meteen krijgt.</source>
        <translation>Vertrouwen keeps your cases encrypted in a vault on this computer. Nothing goes to the internet. The vault opens only with your passphrase, or with a recovery key you will get in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="100"/>
        <source>Kies een wachtwoordzin</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="109"/>
        <source>De kluis komt in {0}</source>
        <translation>The vault will be stored in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="113"/>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="132"/>
        <source>Kluis aanmaken… de sleutel wordt afgestemd op deze computer.</source>
        <translation>Creating the vault… tuning the key to this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="157"/>
        <source>Je herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="202"/>
        <source>Ik heb hem bewaard</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="254"/>
        <source>Heb je hem bewaard?</source>
        <translation>Did you keep it?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="256"/>
        <source>Een korte controle, zodat je straks niet buitengesloten raakt. Typ de laatste groep van 8 tekens van je herstelsleutel over, van je noodkaart.</source>
        <translation>A short check, so you do not get locked out later. Type the last group of 8 characters of your recovery key, from your emergency sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="262"/>
        <source>laatste 8 tekens</source>
        <translation>last 8 characters</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="159"/>
        <source>Ben je je wachtwoordzin kwijt, dan opent alleen deze sleutel je kluis nog. Je ziet hem maar één keer. Druk hem af als noodkaart, of schrijf hem over op papier.</source>
        <translation>If you lose your passphrase, only this key still opens your vault. You see it only once. Print it as an emergency sheet, or copy it onto paper by hand.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="176"/>
        <source>Noodkaart afdrukken…</source>
        <translation>Print emergency sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="184"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="195"/>
        <source>Wie deze sleutel heeft, kan al je dossiers lezen. Berg het papier veilig op, niet in je laptoptas. Vertrouwen zet de sleutel nergens in een bestand.</source>
        <translation>Whoever has this key can read all your cases. Keep the paper in a safe place, not in your laptop bag. Vertrouwen puts the key in no file anywhere.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="215"/>
        <source>De noodkaart is naar de printer gestuurd. Haal hem meteen op.</source>
        <translation>The emergency sheet was sent to the printer. Collect it right away.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="273"/>
        <source>Ik heb de sleutel op papier en veilig opgeborgen.</source>
        <translation>I have the key on paper, put away safely.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="278"/>
        <source>Sleutel nog eens zien</source>
        <translation>Show the key again</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="283"/>
        <location filename="../../ui/shell/first_start.py" line="343"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="304"/>
        <source>Klopt.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="306"/>
        <source>Dat is niet de laatste groep; kijk nog eens.</source>
        <translation>That is not the last group; have another look.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="321"/>
        <source>Ontgrendelen met je computerlogin?</source>
        <translation>Unlock with your computer login?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="323"/>
        <source>Als je wilt, bewaart Vertrouwen de sleutel ook in de sleutelbos van je computer. Dan open je de kluis met één klik, zonder wachtwoordzin te typen.</source>
        <translation>If you like, Vertrouwen also keeps the key in your computer&apos;s keychain. You then open the vault with one click, without typing the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="328"/>
        <source>Ja, laat mij ontgrendelen met mijn computerlogin</source>
        <translation>Yes, let me unlock with my computer login</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="333"/>
        <source>Je kunt dit later altijd aan- of uitzetten bij Instellingen.</source>
        <translation>You can turn this on or off at any time in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="372"/>
        <source>De kluis opent voorlopig met je wachtwoordzin; klik op ‘Volgende’.</source>
        <translation>For now the vault opens with your passphrase; click ‘Next’.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="384"/>
        <source>Waar komen je back-ups?</source>
        <translation>Where do your backups go?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/first_start.py" line="386"/>
        <source>Een back-up beschermt je dossiers als deze computer kapotgaat of kwijtraakt. Kies een USB-stick of een andere schijf: een back-up op dezelfde schijf gaat samen met je laptop verloren. Back-ups zijn versleuteld, net als de kluis.</source>
        <translation>A backup protects your case files if this computer breaks or is lost. Choose a USB stick or another disk: a backup on the same disk is lost together with your laptop. Backups are encrypted, just like the vault.</translation>
    </message>
</context>
<context>
    <name>GuardFindings</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="40"/>
        <source>Nog niet anoniem</source>
        <translation>Not anonymous yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="62"/>
        <source>Er staat nog 1 mogelijk persoonsgegeven in de gedeelde inhoud.</source>
        <translation>The shared content still holds 1 possible piece of personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="65"/>
        <source>Er staan nog {0} mogelijke persoonsgegevens in de gedeelde inhoud.</source>
        <translation>The shared content still holds {0} possible pieces of personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="71"/>
        <source>Vervang ze door een rol of plaatshouder, of markeer ze als geen persoonsgegeven. Maak de samenvatting daarna opnieuw.</source>
        <translation>Replace them with a role or placeholder, or mark them as not personal data. Then make the summary again.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="78"/>
        <source>Notitie van {0}</source>
        <translation>Note of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="79"/>
        <source>Naar de notitie</source>
        <translation>Go to the note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="81"/>
        <source>Klachtonderdeel {0}</source>
        <translation>Complaint point {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="81"/>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="83"/>
        <source>Bekijken</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/findings.py" line="83"/>
        <source>Afspraak {0}</source>
        <translation>Action {0}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="57"/>
        <source>Dossier {0} overdragen?</source>
        <translation>Hand over case {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="59"/>
        <source>{0} dossiers overdragen?</source>
        <translation>Hand over {0} cases?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="64"/>
        <source>Je maakt een versleuteld pakket met de volledige dossiers voor een collega, die ze in de eigen kluis importeert. Draag alleen over waar de cliënt mee heeft ingestemd. Je eigen dossiers blijven staan.</source>
        <translation>You are making an encrypted package with the complete cases for a colleague, who imports them into their own vault. Hand over only what the client has agreed to. Your own cases stay.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="70"/>
        <source>Pakket maken…</source>
        <translation>Make package…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="75"/>
        <source>Overdrachtspakket opslaan</source>
        <translation>Save handover package</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="77"/>
        <source>Overdrachtspakketten (*{0})</source>
        <translation>Handover packages (*{0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="82"/>
        <source>Pakket versleutelen…</source>
        <translation>Encrypting the package…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="95"/>
        <source>Geen pakket gemaakt</source>
        <translation>No package made</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="108"/>
        <source>Overdrachtspakket kiezen</source>
        <translation>Choose handover package</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="110"/>
        <source>Overdrachtspakketten (*{0});;Alle bestanden (*)</source>
        <translation>Handover packages (*{0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="117"/>
        <source>Pakket controleren…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="121"/>
        <source>Pakket geweigerd</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="127"/>
        <source>Typ het wachtwoord dat je collega je apart van het bestand gaf
(25 letters en cijfers, in vijf groepen van vijf):</source>
        <translation>Type the password your colleague gave you apart from the file
(25 letters and digits, in five groups of five):</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="133"/>
        <source>Wachtwoord van het pakket</source>
        <translation>Password of the package</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="138"/>
        <source>Pakket openen en dossiers toevoegen…</source>
        <translation>Opening the package and adding the cases…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="166"/>
        <source>{0} (was {1}; die code bestond hier al)</source>
        <translation>{0} (was {1}; that code already existed here)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="173"/>
        <source>1 dossier ontvangen: {0}.</source>
        <translation>1 case received: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="174"/>
        <source>{0} dossiers ontvangen: {1}.</source>
        <translation>{0} cases received: {1}.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="199"/>
        <source>Overdragen aan een collega</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="201"/>
        <source>Maak een versleuteld pakket van een of meer dossiers. Je krijgt een eenmalig wachtwoord; geef dat apart van het bestand door, telefonisch of persoonlijk. Draag alleen over waar de cliënt mee heeft ingestemd.</source>
        <translation>Make an encrypted package of one or more cases. You get a one-time password; pass it on apart from the file, by phone or in person. Hand over only what the client has agreed to.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="207"/>
        <source>Dossiers kiezen en overdragen…</source>
        <translation>Choose cases and hand over…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="219"/>
        <source>Eén dossier overdragen kan ook vanuit het dossier zelf, met de knop ⋯ rechtsboven.</source>
        <translation>You can also hand over one case from the case itself, with the ⋯ button at the top right.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="229"/>
        <source>Overdracht ontvangen</source>
        <translation>Receive a handover</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="231"/>
        <source>Voeg de dossiers uit het pakket van een collega toe aan deze kluis. Alles of niets: klopt er iets niet, dan wordt er niets toegevoegd. Een code die hier al bestaat, krijgt een nieuwe code.</source>
        <translation>Add the cases from a colleague&apos;s package to this vault. All or nothing: if anything is wrong, nothing is added. A code that already exists here gets a new code.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="237"/>
        <source>Overdracht ontvangen…</source>
        <translation>Receive handover…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="270"/>
        <source>Pakket {0} gemaakt met 1 dossier.</source>
        <translation>Package {0} made with 1 case.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="272"/>
        <source>Pakket {0} gemaakt met {1} dossiers.</source>
        <translation>Package {0} made with {1} cases.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="274"/>
        <source>Het wachtwoord is alleen bij het maken getoond.</source>
        <translation>The password was shown only when it was made.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover.py" line="294"/>
        <source>Openen:</source>
        <translation>Open:</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../ui/kit/help.py" line="61"/>
        <source>Handleiding — Vertrouwen</source>
        <translation>Manual — Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/kit/help.py" line="72"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/core/messages.py" line="349"/>
        <source>Ontgrendelen met je computerlogin staat uit.</source>
        <translation>Unlocking with your computer login is off.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="350"/>
        <source>Op deze computer is geen sleutelbos (keychain) beschikbaar. Gebruik je wachtwoordzin.</source>
        <translation>No keychain is available on this computer. Use your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="362"/>
        <source>De sleutelbos van je computer bewaarde de sleutel niet (teruglezen lukte niet), dus ontgrendelen met je computerlogin blijft uit. Gebruik je wachtwoordzin.</source>
        <translation>Your computer&apos;s keychain did not keep the key (reading it back failed), so unlocking with your computer login stays off. Use your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="354"/>
        <source>De sleutelbos van je computer is vergrendeld. Ontgrendel hem en probeer het opnieuw, of gebruik je wachtwoordzin.</source>
        <translation>Your computer&apos;s keychain is locked. Unlock it and try again, or use your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="367"/>
        <source>De sleutelbos heeft geen (geldige) sleutel voor deze kluis meer. Gebruik je wachtwoordzin en zet het ontgrendelen met je computerlogin daarna opnieuw aan.</source>
        <translation>The keychain no longer holds a (valid) key for this vault. Use your passphrase, then turn unlocking with your computer login on again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="359"/>
        <source>De sleutelbos van je computer werkte niet mee. Gebruik je wachtwoordzin.</source>
        <translation>Your computer&apos;s keychain did not cooperate. Use your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="24"/>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>That did not work. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="25"/>
        <source>Dat kan zo niet. Er is niets veranderd.</source>
        <translation>That cannot be done this way. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="26"/>
        <source>Ontgrendelen lukte niet. Controleer wat je hebt ingetypt.</source>
        <translation>Unlocking did not work. Check what you typed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="29"/>
        <source>Dit dossier staat niet (meer) in de kluis.</source>
        <translation>This case is not (or no longer) in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="30"/>
        <source>De kluis kon dit niet doen. Er is niets veranderd; vergrendel de kluis, ontgrendel hem opnieuw en probeer het nog eens.</source>
        <translation>The vault could not do this. Nothing was changed; lock the vault, unlock it again and try once more.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="35"/>
        <source>Dat bestand hoort bij de kluis (of is een back-up of overdrachtspakket) en is niet overschreven. Kies een andere naam.</source>
        <translation>That file belongs to the vault (or is a backup or handover package) and was not overwritten. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="40"/>
        <source>Dat is geweigerd: er is geen toestemming voor. Er is niets veranderd.</source>
        <translation>That was refused: there is no consent for it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="46"/>
        <source>Opslaan lukte niet. Er is niets kwijtgeraakt; probeer het opnieuw.</source>
        <translation>Saving did not work. Nothing was lost; try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="60"/>
        <source>Dit bestand kan niet worden bewaard. Er is niets bewaard.</source>
        <translation>This file cannot be stored. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="70"/>
        <source>Deze kluis heeft geen wachtwoordzin. Open hem met je herstelsleutel.</source>
        <translation>This vault has no passphrase. Open it with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="73"/>
        <source>Deze kluis heeft nog geen wachtwoordzin. Stel er eerst een in.</source>
        <translation>This vault has no passphrase yet. Set one first.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="81"/>
        <source>Een herstelsleutel heeft 64 tekens (8 groepen van 8); deze heeft er {count}. Controleer of je alles hebt overgetypt.</source>
        <translation>A recovery key has 64 characters (8 groups of 8); this one has {count}. Check that you typed all of it.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="91"/>
        <source>Deze herstelsleutel opent de kluis niet: een verkeerde sleutel, of een beschadigde kluis. Controleer je noodkaart. Er is niets veranderd.</source>
        <translation>This recovery key does not open the vault: a wrong key, or a damaged vault. Check your emergency card. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="97"/>
        <source>Er staat geen kluis op deze plek ({path}). Kies de kluis opnieuw.</source>
        <translation>There is no vault at this place ({path}). Choose the vault again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="100"/>
        <source>{path} is een map, geen kluis. Kies het kluisbestand zelf.</source>
        <translation>{path} is a folder, not a vault. Choose the vault file itself.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="103"/>
        <source>De kluis is niet te lezen (is een USB-stick losgehaald, of mag je hier niet lezen?). Er is niets veranderd.</source>
        <translation>The vault cannot be read (was a USB stick removed, or are you not allowed to read here?). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="108"/>
        <source>{path} is een gewone database, geen versleutelde kluis. Kies het kluisbestand.</source>
        <translation>{path} is an ordinary database, not an encrypted vault. Choose the vault file.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="112"/>
        <source>{path} is geen kluis (het bestand is leeg of afgebroken). Zet de kluis terug uit een back-up.</source>
        <translation>{path} is not a vault (the file is empty or cut off). Restore the vault from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="117"/>
        <source>De kluis is beschadigd of geen kluis van Vertrouwen. Zet hem terug uit een back-up; er is niets veranderd.</source>
        <translation>The vault is damaged or not a Vertrouwen vault. Restore it from a backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="127"/>
        <source>Op die plek staat al een kluis of sleutelbestand. Kies een nieuwe naam; er is niets veranderd.</source>
        <translation>A vault or key file already exists there. Choose a new name; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="132"/>
        <source>{path} is een snelkoppeling naar een bestand dat niet bestaat. Kies een gewone plek voor de kluis; er is niets veranderd.</source>
        <translation>{path} is a link to a file that does not exist. Choose an ordinary place for the vault; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="137"/>
        <source>Op die plek staat al een sleutelbestand ({path}) zonder kluis. Zet het eerst ergens anders neer of kies een andere naam; er is niets veranderd.</source>
        <translation>There already is a key file ({path}) without a vault at that place. Move it elsewhere first or choose another name; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="142"/>
        <source>Er wordt op die plek al een kluis teruggezet of aangemaakt. Wacht tot dat klaar is; er is niets veranderd.</source>
        <translation>A vault is already being restored or created at that place. Wait until that is done; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="152"/>
        <source>Het sleutelbestand naast de kluis is niet te lezen. Kies ‘Wachtwoordzin vergeten?’ en open de kluis met je herstelsleutel.</source>
        <translation>The key file beside the vault cannot be read. Choose ‘Forgot passphrase?’ and open the vault with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="157"/>
        <source>Het sleutelbestand naast de kluis hoort bij een andere kluis. Kies ‘Wachtwoordzin vergeten?’ en open de kluis met je herstelsleutel.</source>
        <translation>The key file beside the vault belongs to another vault. Choose ‘Forgot passphrase?’ and open the vault with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="163"/>
        <source>Dit bestand bestaat niet (meer). Er is niets veranderd.</source>
        <translation>This file does not exist (any more). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="166"/>
        <source>Deze back-up is niet te lezen. Er is niets veranderd.</source>
        <translation>This backup cannot be read. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="169"/>
        <source>Dit bestand is beschadigd of geen back-up van Vertrouwen. Het wordt geweigerd; er is niets teruggezet of aangemaakt.</source>
        <translation>This file is damaged or not a Vertrouwen backup. It is refused; nothing was restored or created.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="174"/>
        <location filename="../../ui/core/messages.py" line="400"/>
        <source>Deze back-up is gemaakt met een nieuwere versie van Vertrouwen. Werk het programma bij; er is niets veranderd.</source>
        <translation>This backup was made by a newer version of Vertrouwen. Update the program; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="179"/>
        <source>Deze back-up is veranderd nadat hij werd gemaakt: de controle klopt niet. Hij wordt geweigerd; er is niets teruggezet of aangemaakt.</source>
        <translation>This backup was changed after it was made: the check does not match. It is refused; nothing was restored or created.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="184"/>
        <source>De kluis in deze back-up is niet in orde. Hij wordt geweigerd; er is niets teruggezet of aangemaakt. Probeer een oudere back-up.</source>
        <translation>The vault in this backup is not in good order. It is refused; nothing was restored or created. Try an older backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="189"/>
        <source>De kopie van de kluis kwam niet door de controle, dus er is geen back-up geschreven. Kies Controle › Kluis controleren.</source>
        <translation>The copy of the vault did not pass its check, so no backup was written. Choose Check › Check vault.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="194"/>
        <source>De back-up kon niet goed worden geschreven, dus er is geen back-up gemaakt. Probeer het opnieuw of kies een andere map.</source>
        <translation>The backup could not be written properly, so no backup was made. Try again or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="199"/>
        <source>Deze wachtwoordzin opent de back-up niet. Een back-up opent met de wachtwoordzin die de kluis had toen hij werd gemaakt, of met je herstelsleutel. Er is niets veranderd.</source>
        <translation>This passphrase does not open the backup. A backup opens with the passphrase the vault had when it was made, or with your recovery key. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="205"/>
        <source>Deze herstelsleutel hoort niet bij deze back-up. Controleer je noodkaart. Er is niets veranderd.</source>
        <translation>This recovery key does not belong to this backup. Check your emergency sheet. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="210"/>
        <source>Deze back-up opent alleen met de herstelsleutel.</source>
        <translation>This backup opens only with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="213"/>
        <source>Kies eerst een map voor de back-ups.</source>
        <translation>Choose a folder for the backups first.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="214"/>
        <source>Die map bestaat niet. Kies een bestaande map; er is niets veranderd.</source>
        <translation>That folder does not exist. Choose an existing folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="217"/>
        <source>Daar staat al een ander bestand; het is niet overschreven. Kies een andere naam.</source>
        <translation>Another file already exists there; it was not overwritten. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="222"/>
        <source>Een overdrachtswachtwoord bestaat uit 25 letters en cijfers, in vijf groepen van vijf. Er is niets geïmporteerd.</source>
        <translation>A handover password has 25 letters and digits, in five groups of five. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="227"/>
        <source>Dit wachtwoord hoort niet bij dit pakket. Vraag het je collega nog eens. Er is niets geïmporteerd.</source>
        <translation>This password does not belong to this package. Ask your colleague again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="232"/>
        <source>Dit bestand is beschadigd of geen overdrachtspakket. Er is niets geïmporteerd.</source>
        <translation>This file is damaged or not a handover package. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="236"/>
        <source>Dit pakket is veranderd nadat het werd gemaakt. Het wordt geweigerd; er is niets geïmporteerd.</source>
        <translation>This package was changed after it was made. It is refused; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="241"/>
        <source>Dit pakket is gemaakt met een andere versie van Vertrouwen. Werk het programma bij; er is niets geïmporteerd.</source>
        <translation>This package was made by another version of Vertrouwen. Update the program; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="246"/>
        <source>Dit bestand bestaat niet (meer) of is niet te lezen. Er is niets geïmporteerd.</source>
        <translation>This file does not exist (any more) or cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="251"/>
        <location filename="../../ui/core/messages.py" line="460"/>
        <source>Deze map bestaat niet (meer). Kies een map die er is. Er is niets geschreven.</source>
        <translation>This folder does not exist (any more). Choose a folder that exists. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="263"/>
        <source>Dossier {code} staat niet (meer) in de kluis. Er is niets veranderd.</source>
        <translation>Case {code} is not (or no longer) in the vault. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="266"/>
        <source>Dit document staat niet (meer) in dossier {code}. Er is niets veranderd.</source>
        <translation>This document is not (or no longer) in case {code}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="269"/>
        <source>Dit document is beschadigd in de kluis (de controle klopt niet). Kies Controle › Kluis controleren, of zet een back-up terug.</source>
        <translation>This document is damaged in the vault (its check does not match). Choose Check › Check vault, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="274"/>
        <source>Deze afspraak staat niet meer in dossier {code} (intussen gewijzigd?). Er is niets veranderd.</source>
        <translation>This agreed action is no longer in case {code} (changed meanwhile?). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="279"/>
        <source>Er werd net iets opgeslagen, dus de back-up is niet gemaakt. Probeer het zo opnieuw.</source>
        <translation>Something was being saved just then, so the backup was not made. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="283"/>
        <source>Dit bestand is groter dan een overdrachtspakket kan zijn. Er is niets geïmporteerd.</source>
        <translation>This file is larger than a handover package can be. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="287"/>
        <source>Er is al een dossier met code {code}. Kies een andere code.</source>
        <translation>There already is a case with code {code}. Choose another code.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="290"/>
        <source>Twee aantekeningen in dossier {code} hebben hetzelfde nummer. Er is niets opgeslagen; probeer het opnieuw.</source>
        <translation>Two notes in case {code} have the same number. Nothing was saved; try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="295"/>
        <source>Deze toestemming is al ingetrokken op {day}. Intrekken is definitief.</source>
        <translation>This consent was already withdrawn on {day}. A withdrawal is final.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="299"/>
        <source>Deze toestemming is gegeven op {day}; intrekken kan niet eerder dan die dag.</source>
        <translation>This consent was given on {day}; it cannot be withdrawn before that day.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="303"/>
        <source>Dossier {code} heeft geen geldige toestemming (geen gegeven, of alle ingetrokken). Leg eerst de toestemming van de cliënt vast.</source>
        <translation>Case {code} has no valid consent (none given, or all withdrawn). Record the client&apos;s consent first.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="308"/>
        <source>Een document zonder toestemming van de cliënt kan geen bijlage zijn. Er is niets gemaakt.</source>
        <translation>A document without the client&apos;s consent cannot be an annex. Nothing was made.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="312"/>
        <source>Document {document} kan niet aan de PDF worden toegevoegd (het is niet te lezen). Er is niets geschreven.</source>
        <translation>Document {document} cannot be added to the PDF (it cannot be read). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="318"/>
        <source>De inhoud van {source} klopt niet: het is geen (volledig) bestand van Vertrouwen. Er is niets veranderd.</source>
        <translation>The contents of {source} are not right: it is not a (complete) Vertrouwen file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="323"/>
        <source>{source} is veranderd of beschadigd nadat het werd geschreven (de controle klopt niet). Vraag om een nieuw bestand; er is niets geteld.</source>
        <translation>{source} was changed or damaged after it was written (its check does not match). Ask for a new file; nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="328"/>
        <source>{path} bestaat niet (meer). Er is niets geteld.</source>
        <translation>{path} does not exist (any more). Nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="331"/>
        <source>{path} is een map, geen bestand. Er is niets geteld.</source>
        <translation>{path} is a folder, not a file. Nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="334"/>
        <source>{path} is niet te lezen. Er is niets geteld.</source>
        <translation>{path} cannot be read. Nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="337"/>
        <source>{path} bevat de registraties van {found}, niet van {year}. Vraag een bestand over {year}; er is niets geteld.</source>
        <translation>{path} holds the registrations of {found}, not of {year}. Ask for a file for {year}; nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="342"/>
        <source>{path} en {other} bevatten hetzelfde dossier met verschillende gegevens (een oud en een nieuw bestand?). Kies per vertrouwenspersoon alleen het nieuwste bestand; er is niets geteld.</source>
        <translation>{path} and {other} hold the same case with different data (an old and a new file?). Choose only the newest file of each advisor; nothing was counted.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="405"/>
        <source>Het pakket bevat gegevens die niet kloppen. Er is niets geïmporteerd.</source>
        <translation>The package contains data that is not right. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="465"/>
        <source>Je hebt geen toestemming om hier te schrijven. Kies een andere map.</source>
        <translation>You are not allowed to write here. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="469"/>
        <source>Deze schijf of map is alleen-lezen. Kies een andere plek.</source>
        <translation>This disk or folder is read-only. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="473"/>
        <source>De schijf is vol. Maak ruimte vrij of kies een andere schijf.</source>
        <translation>The disk is full. Free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="255"/>
        <location filename="../../ui/core/messages.py" line="477"/>
        <source>Dit is een map. Geef een bestandsnaam, bijvoorbeeld klacht.pdf.</source>
        <translation>This is a folder. Give a file name, for example complaint.pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="43"/>
        <source>Deze gegevens kloppen niet (of zijn er niet meer). Er is niets veranderd.</source>
        <translation>This data is not right (or no longer there). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="481"/>
        <source>Deze bestandsnaam is te lang. Kies een kortere naam.</source>
        <translation>This file name is too long. Choose a shorter name.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="485"/>
        <source>Er staat al een bestand met deze naam. Kies een andere naam.</source>
        <translation>A file with this name already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="489"/>
        <source>Deze bestandsnaam is hier niet toegestaan. Kies een andere naam.</source>
        <translation>This file name is not allowed here. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="493"/>
        <source>De schijf gaf een fout (is een USB-stick losgehaald?). Probeer het opnieuw.</source>
        <translation>The disk reported an error (was a USB stick removed?). Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="497"/>
        <source>Het bestand kon niet worden geschreven (systeemfout {0}).</source>
        <translation>The file could not be written (system error {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="63"/>
        <source>De kluis is vergrendeld. Ontgrendel hem en probeer het opnieuw.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="395"/>
        <source>Deze wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>This passphrase is not right. Mind capitals and spaces and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="67"/>
        <source>Je huidige wachtwoordzin klopt niet. Er is niets veranderd.</source>
        <translation>Your current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="76"/>
        <source>Een herstelsleutel bestaat alleen uit de cijfers 0-9 en de letters a-f (spaties en streepjes mogen).</source>
        <translation>A recovery key consists only of the digits 0-9 and the letters a-f (spaces and dashes are fine).</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="86"/>
        <source>Deze herstelsleutel hoort niet bij deze kluis. Controleer je noodkaart. Er is niets veranderd.</source>
        <translation>This recovery key does not belong to this vault. Check your emergency sheet. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="122"/>
        <source>Deze kluis is gemaakt met een nieuwere versie van Vertrouwen. Werk het programma bij; de kluis is niet veranderd.</source>
        <translation>This vault was made by a newer version of Vertrouwen. Update the program; the vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="147"/>
        <source>Het sleutelbestand naast de kluis ontbreekt of is beschadigd. Kies ‘Wachtwoordzin vergeten?’ en open de kluis met je herstelsleutel.</source>
        <translation>The key file beside the vault is missing or damaged. Choose ‘Forgot passphrase?’ and open the vault with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="54"/>
        <source>Het sleutelbestand van de kluis is intussen door een ander programma gewijzigd (is de wachtwoordzin in een terminal veranderd?). Er is niets veranderd. Vergrendel de kluis, ontgrendel hem opnieuw en probeer het nog eens.</source>
        <translation>The vault&apos;s key file was changed by another program in the meantime (was the passphrase changed in a terminal?). Nothing was changed. Lock the vault, unlock it again and try once more.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="49"/>
        <source>De schijf is vol (of de kluis kon niet worden geschreven). Er is niets veranderd; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full (or the vault could not be written). Nothing was changed; free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="258"/>
        <source>Dit is geen gewoon bestand. Geef een bestandsnaam, bijvoorbeeld klacht.pdf.</source>
        <translation>This is not a regular file. Give a file name, for example complaint.pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/core/messages.py" line="508"/>
        <source>Er ging iets onverwachts mis ({0}). Er is niets veranderd.</source>
        <translation>Something unexpected went wrong ({0}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="69"/>
        <location filename="../../ui/features/cases/case/dialogs.py" line="74"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="78"/>
        <source>Het dossier krijgt een code, nooit de naam van je cliënt. De rest vul je aan in het dossier zelf.</source>
        <translation>The case gets a code, never your client&apos;s name. You fill in the rest in the case itself.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="96"/>
        <source>bijvoorbeeld: Jeugdhulp De Brug</source>
        <translation>for example: Jeugdhulp De Brug</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="100"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="101"/>
        <source>Cliënt is</source>
        <translation>Client is</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="102"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="103"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="104"/>
        <source>Regeling</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="105"/>
        <source>Klachtroute</source>
        <translation>Complaint route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="108"/>
        <source>Het eerste contact kan niet na vandaag liggen.</source>
        <translation>The first contact cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="115"/>
        <source>Dossier aanmaken</source>
        <translation>Create case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="118"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/dialogs.py" line="141"/>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="212"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="214"/>
        <source>bijvoorbeeld: blauwe fiets onder de brug</source>
        <translation>for example: blue bicycle under the bridge</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="220"/>
        <source>Nog een keer, ter controle</source>
        <translation>Once more, to check</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="253"/>
        <source>De twee zijn gelijk.</source>
        <translation>The two match.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="258"/>
        <source>De twee zijn nog niet gelijk.</source>
        <translation>The two do not match yet.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/features/cases/case/notes/list.py" line="41"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/list.py" line="43"/>
        <source>{0} u</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/list.py" line="44"/>
        <source>{0} u {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/list.py" line="101"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="60"/>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="306"/>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="63"/>
        <source>Nieuwe notitie ({0})</source>
        <translation>New note ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="83"/>
        <source>duur —</source>
        <translation>duration —</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="86"/>
        <source>Datum van het contact</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="87"/>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="88"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="92"/>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="104"/>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="332"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="100"/>
        <source>Schrijf hier wat er besproken is. Noem mensen bij hun rol, niet bij naam.</source>
        <translation>Write here what was discussed. Refer to people by their role, not by name.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="102"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="103"/>
        <source>Notities, nieuwste eerst</source>
        <translation>Notes, newest first</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="109"/>
        <source>Nog geen notities. Begin met “Nieuwe notitie”.</source>
        <translation>No notes yet. Start with “New note”.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="137"/>
        <source>Persoonsgegeven vervangen</source>
        <translation>Replace personal data</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="155"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="175"/>
        <source>1 contact · {0}</source>
        <translation>1 contact · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="177"/>
        <source>{0} contacten · samen {1}</source>
        <translation>{0} contacts · {1} in total</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="270"/>
        <source>Notitie bewerken</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="289"/>
        <source>Datum, soort of duur van notitie</source>
        <translation>Date, kind or duration of note</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="316"/>
        <source>Notitie verwijderen?</source>
        <translation>Delete note?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="318"/>
        <source>De notitie van {0} wordt uit het dossier verwijderd. Je kunt dit ongedaan maken met {1} zolang het dossier open is.</source>
        <translation>The note of {0} is removed from the case. You can undo this with {1} while the case is open.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="321"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="337"/>
        <source>Vervangen door {0}</source>
        <translation>Replaced with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/notes/tab.py" line="346"/>
        <source>Overal vervangen door {0}</source>
        <translation>Replace everywhere with {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationReportDialog</name>
    <message>
        <location filename="../../ui/features/reports/org.py" line="59"/>
        <location filename="../../ui/features/reports/org.py" line="64"/>
        <source>Organisatierapportage</source>
        <translation>Organisation report</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="68"/>
        <source>Voeg de registratiebestanden van de vertrouwenspersonen toe. Ze bevatten geen dossiercodes, geen tekst en geen cliëntgegevens; een registratie die in twee bestanden staat, telt één keer.</source>
        <translation>Add the advisors&apos; registration files. They hold no case codes, no text and no client details; a registration found in two files counts once.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="81"/>
        <source>Bestand toevoegen…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="82"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="86"/>
        <source>Jaar </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="87"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="116"/>
        <source>Als PDF opslaan…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="119"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="131"/>
        <source>Registratiebestand kiezen</source>
        <translation>Choose a registration file</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="133"/>
        <source>Registratiebestanden (*.json)</source>
        <translation>Registration files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="155"/>
        <source>Nog geen bestanden gekozen.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="168"/>
        <source>{0} bestand(en), {1} zaken in {2}, drempel {3}.</source>
        <translation>{0} file(s), {1} cases in {2}, threshold {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="176"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="193"/>
        <source>Organisatierapportage opslaan</source>
        <translation>Save organisation report</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="194"/>
        <source>Organisatierapportage {0}.pdf</source>
        <translation>Organisation report {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="195"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="203"/>
        <location filename="../../ui/features/reports/org.py" line="213"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="204"/>
        <source>Kies een andere naam: dit is een van de registratiebestanden.</source>
        <translation>Choose another name: this is one of the registration files.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/org.py" line="216"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
</context>
<context>
    <name>OutsideRecordsDialog</name>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="71"/>
        <source>Activiteiten en signalen</source>
        <translation>Activities and signals</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="76"/>
        <source>Activiteiten buiten zaken</source>
        <translation>Activities outside cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="80"/>
        <source>Voorlichting, groepsbezoeken, trainingen en overleg, met de tijd en het aantal deelnemers. Ze tellen mee in de jaarrapportage.</source>
        <translation>Information sessions, group visits, trainings and meetings, with the time and the number of participants. They count in the yearly report.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="89"/>
        <location filename="../../ui/features/reports/outside.py" line="152"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="90"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="91"/>
        <location filename="../../ui/features/reports/outside.py" line="117"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="92"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="93"/>
        <location filename="../../ui/features/reports/outside.py" line="155"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="104"/>
        <source> uur</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="107"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="112"/>
        <location filename="../../ui/features/reports/outside.py" line="170"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="115"/>
        <source>Datum van de activiteit</source>
        <translation>Date of the activity</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="116"/>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="118"/>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="119"/>
        <source>Gemeente van de activiteit</source>
        <translation>Municipality of the activity</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="122"/>
        <location filename="../../ui/features/reports/outside.py" line="179"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="123"/>
        <location filename="../../ui/features/reports/outside.py" line="180"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="139"/>
        <source>Signalen zonder dossier</source>
        <translation>Signals without a case</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="143"/>
        <source>Een signaal dat je doorgaf aan een organisatie of de gemeente zonder dat er een dossier bij hoort. Signalen in een dossier leg je vast in het dossier.</source>
        <translation>A signal you passed on to an organisation or the municipality without a case behind it. Signals in a case are recorded in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="153"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="154"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="162"/>
        <source>Onderwerp onbekend</source>
        <translation>Topic unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="166"/>
        <source>Soort organisatie onbekend</source>
        <translation>Kind of organisation unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="173"/>
        <source>Datum van het signaal</source>
        <translation>Date of the signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="174"/>
        <source>Onderwerp van het signaal</source>
        <translation>Topic of the signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="175"/>
        <source>Soort organisatie van het signaal</source>
        <translation>Kind of organisation of the signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="176"/>
        <source>Gemeente van het signaal</source>
        <translation>Municipality of the signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="193"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/outside.py" line="273"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="53"/>
        <source>moeder</source>
        <translation>mother</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="54"/>
        <source>vader</source>
        <translation>father</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="55"/>
        <source>gezinsvoogd A</source>
        <translation>family guardian A</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="56"/>
        <source>jeugdhulpverlener</source>
        <translation>youth care worker</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="57"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="58"/>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="80"/>
        <source>Cliënt en organisatie</source>
        <translation>Client and organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="88"/>
        <source>Niet ingevuld</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="98"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="99"/>
        <source>Signaal van een onveilige situatie</source>
        <translation>Signal of an unsafe situation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="102"/>
        <source>Cliënt is</source>
        <translation>Client is</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="103"/>
        <location filename="../../ui/features/cases/case/overview.py" line="304"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="104"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="105"/>
        <location filename="../../ui/features/cases/case/overview.py" line="313"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="106"/>
        <location filename="../../ui/features/cases/case/overview.py" line="317"/>
        <source>Regeling</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="107"/>
        <location filename="../../ui/features/cases/case/overview.py" line="320"/>
        <source>Klachtroute</source>
        <translation>Complaint route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="108"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="109"/>
        <source>Datum voorval</source>
        <translation>Date of the incident</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="119"/>
        <location filename="../../ui/features/cases/case/overview.py" line="156"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="120"/>
        <source>Het eerste onderwerp telt als hoofdonderwerp.</source>
        <translation>The first topic counts as the main topic.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="123"/>
        <source>Wat wil de cliënt bereiken?</source>
        <translation>What does the client want to achieve?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="124"/>
        <source>Geboden ondersteuning</source>
        <translation>Support given</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="154"/>
        <source>Signaal onveilig</source>
        <translation>Unsafe signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="157"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="159"/>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="164"/>
        <source>Rollen in dit dossier</source>
        <translation>Roles in this case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="166"/>
        <source>Schrijf over mensen met hun rol, niet met hun naam. De privacywacht biedt deze rollen aan als vervanging wanneer er toch een naam in een notitie staat.</source>
        <translation>Write about people by their role, not their name. The privacy guard offers these roles as replacements when a name does appear in a note.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="182"/>
        <source>Nieuwe rol, bijvoorbeeld: gezinsvoogd B</source>
        <translation>New role, for example: family guardian B</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="183"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="184"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="204"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="237"/>
        <source>Nog niet gekozen</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="255"/>
        <source>Snel toevoegen:</source>
        <translation>Quick add:</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="262"/>
        <source>Al een rol in dit dossier</source>
        <translation>Already a role in this case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="264"/>
        <source>Rol toevoegen: {0}</source>
        <translation>Add role: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="270"/>
        <source>Geen persoonsgegeven in dit dossier: {0}</source>
        <translation>Not personal data in this case: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="284"/>
        <source>Overzicht aanpassen</source>
        <translation>Change overview</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="300"/>
        <source>Naam organisatie</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="334"/>
        <source>Datums aanpassen</source>
        <translation>Change dates</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="343"/>
        <source>Rol toevoegen</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/overview.py" line="350"/>
        <source>Rol verwijderen</source>
        <translation>Remove role</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="162"/>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="169"/>
        <source>Wachtwoord voor je collega</source>
        <translation>Password for your colleague</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="171"/>
        <source>Het pakket {0} is gemaakt (1 dossier).</source>
        <translation>The package {0} was made (1 case).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="173"/>
        <source>Het pakket {0} is gemaakt ({1} dossiers).</source>
        <translation>The package {0} was made ({1} cases).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="177"/>
        <source>Je collega opent het met dit eenmalige wachtwoord:</source>
        <translation>Your colleague opens it with this one-time password:</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="192"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="196"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="208"/>
        <source>Stuur dit wachtwoord niet met het bestand mee. Geef het via een ander kanaal door, telefonisch, persoonlijk of afgedrukt op papier. Het wordt alleen nu getoond; Vertrouwen bewaart het nergens, ook niet in een bestand.</source>
        <translation>Do not send this password with the file. Pass it on another way: by phone, in person or printed on paper. It is shown only now; Vertrouwen keeps it nowhere, not in any file either.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="236"/>
        <source>Naar de printer gestuurd. Haal het papier meteen op.</source>
        <translation>Sent to the printer. Collect the paper right away.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="216"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/handover_dialogs.py" line="225"/>
        <source>Gekopieerd. Het klembord wordt over {0} seconden gewist.</source>
        <translation>Copied. The clipboard will be cleared in {0} seconds.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="99"/>
        <source>Tekst tonen</source>
        <translation>Show text</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="65"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="67"/>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="68"/>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="69"/>
        <source>Passend in het venster</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="115"/>
        <source>Nog niets opgeslagen. Lees het document na voordat je het bewaart.</source>
        <translation>Nothing saved yet. Read the document through before you save it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="120"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/pdf_preview.py" line="121"/>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
</context>
<context>
    <name>PointCard</name>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="69"/>
        <source>Klachtonderdeel {0}</source>
        <translation>Complaint point {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="74"/>
        <source>Nog geen uitspraak</source>
        <translation>No verdict yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="77"/>
        <source>Uitspraak over dit onderdeel</source>
        <translation>Verdict on this point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="79"/>
        <source>Naar boven (Alt+Omhoog)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="81"/>
        <source>Naar beneden (Alt+Omlaag)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="83"/>
        <source>Onderdeel verwijderen</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="88"/>
        <source>Waarover gaat de klacht bij dit onderdeel?</source>
        <translation>What is the complaint about in this point?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="92"/>
        <source>Wat wil de cliënt hiermee bereiken?</source>
        <translation>What does the client want to achieve with it?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="93"/>
        <source>Klachtonderdeel</source>
        <translation>Complaint point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="94"/>
        <source>Gewenste uitkomst</source>
        <translation>Desired outcome</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="98"/>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="244"/>
        <location filename="../../ui/features/cases/case/points.py" line="388"/>
        <source>Klachtonderdeel toevoegen</source>
        <translation>Add complaint point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="260"/>
        <source>Nog geen klachtonderdelen. Een formele klacht bestaat uit onderdelen die elk apart beoordeeld worden: gegrond, gedeeltelijk gegrond, ongegrond of niet-ontvankelijk.</source>
        <translation>No complaint points yet. A formal complaint consists of points that are each judged on their own: upheld, partly upheld, not upheld or inadmissible.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="283"/>
        <source>Klachtonderdelen</source>
        <translation>Complaint points</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="305"/>
        <source>1 onderdeel</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="307"/>
        <source>{0} onderdelen</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="313"/>
        <source>{0} zonder uitspraak</source>
        <translation>{0} without a verdict</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="352"/>
        <source>Klachtonderdeel bewerken</source>
        <translation>Edit complaint point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="356"/>
        <source>Overal vervangen door {0}</source>
        <translation>Replace everywhere with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="382"/>
        <source>Uitspraak</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="399"/>
        <source>Klachtonderdeel verplaatsen</source>
        <translation>Move complaint point</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="419"/>
        <source>Klachtonderdeel verwijderen?</source>
        <translation>Remove complaint point?</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="420"/>
        <source>Klachtonderdeel {0} wordt verwijderd. {1} zet het terug.</source>
        <translation>Complaint point {0} is removed. {1} puts it back.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="423"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/points.py" line="431"/>
        <source>Klachtonderdeel verwijderen</source>
        <translation>Remove complaint point</translation>
    </message>
</context>
<context>
    <name>PrivacyHighlighter</name>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="60"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="61"/>
        <source>BSN</source>
        <translation>BSN (citizen service number)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="62"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="63"/>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="64"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="65"/>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="66"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="67"/>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="68"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="69"/>
        <source>ander persoonsgegeven</source>
        <translation>other personal data</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="278"/>
        <source>Persoonsgegeven: {kind}</source>
        <translation>Personal data: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="279"/>
        <source>Vervang door rol…</source>
        <translation>Replace with role…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="287"/>
        <source>Vervang door {placeholder}</source>
        <translation>Replace with {placeholder}</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/highlight.py" line="290"/>
        <source>Geen persoonsgegeven (voor dit dossier)</source>
        <translation>Not personal data (for this case)</translation>
    </message>
</context>
<context>
    <name>PrivacyHint</name>
    <message>
        <location filename="../../ui/kit/privacy/hint.py" line="63"/>
        <source>Dit lijkt persoonsgegevens te bevatten: {0}. Schrijf liever een rol.</source>
        <translation>This looks like personal data: {0}. Better write a role.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/hint.py" line="81"/>
        <source>Vervang “{0}” door</source>
        <translation>Replace “{0}” with</translation>
    </message>
</context>
<context>
    <name>PrivacyStatus</name>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="72"/>
        <source>Privacywacht laden…</source>
        <translation>Loading privacy guard…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="74"/>
        <source>De lijsten met namen en plaatsen worden geladen; je kunt gewoon typen.</source>
        <translation>The lists of names and places are loading; you can keep typing.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="77"/>
        <source>Privacywacht actief</source>
        <translation>Privacy guard active</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="78"/>
        <source>Namen, adressen, nummers en datums worden gemarkeerd.</source>
        <translation>Names, addresses, numbers and dates are marked.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="80"/>
        <source>Privacywacht beperkt: namen worden niet herkend</source>
        <translation>Privacy guard limited: names are not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/kit/privacy/status.py" line="82"/>
        <source>De namenlijsten konden niet worden geladen ({0}).</source>
        <translation>The lists of names could not be loaded ({0}).</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="42"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="46"/>
        <source>Noodkaart kwijt? Druk hem opnieuw af. Je typt eerst je wachtwoordzin, zodat niemand anders die even achter je laptop zit de sleutel meeneemt. Je herstelsleutel blijft dezelfde.</source>
        <translation>Lost your emergency sheet? Print it again. You type your passphrase first, so that nobody else who sits at your laptop for a moment walks off with the key. Your recovery key stays the same.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="56"/>
        <source>Noodkaart afdrukken…</source>
        <translation>Print emergency sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="61"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="80"/>
        <source>Noodkaart opnieuw afdrukken</source>
        <translation>Print the emergency sheet again</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="81"/>
        <source>Typ je wachtwoordzin om je herstelsleutel op te halen:</source>
        <translation>Type your passphrase to fetch your recovery key:</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="83"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="99"/>
        <source>Wachtwoordzin controleren…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="107"/>
        <source>Deze wachtwoordzin klopt niet. Er is niets afgedrukt of opgeslagen.</source>
        <translation>This passphrase is not right. Nothing was printed or saved.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/recovery.py" line="114"/>
        <source>De noodkaart is naar de printer gestuurd.</source>
        <translation>The emergency sheet was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="78"/>
        <source>Voor de jaarrapportage</source>
        <translation>For the yearly report</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="80"/>
        <source>Anoniem geteld: gemeente, vragen, signalen en het rapportcijfer. Meer dossiers van één cliënt? Geef ze hetzelfde cliëntnummer (een code, nooit een naam).</source>
        <translation>Counted anonymously: municipality, questions, signals and the mark. Several cases of one client? Give them the same client number (a code, never a name).</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="89"/>
        <source>bijvoorbeeld: Utrecht</source>
        <translation>for example: Utrecht</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="92"/>
        <source>leeg: deze zaak is één cliënt; of bijv. K-0007</source>
        <translation>empty: this case is one client; or e.g. K-0007</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="94"/>
        <source>Niet gegeven</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="99"/>
        <source>Gemeente van de cliënt</source>
        <translation>Client&apos;s municipality</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="100"/>
        <source>Cliëntnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="101"/>
        <source>Rapportcijfer bij afsluiting</source>
        <translation>Mark at closing</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="104"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="109"/>
        <location filename="../../ui/features/cases/case/report_card.py" line="125"/>
        <source>Onderwerp onbekend</source>
        <translation>Topic unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="110"/>
        <location filename="../../ui/features/cases/case/report_card.py" line="126"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="111"/>
        <location filename="../../ui/features/cases/case/report_card.py" line="220"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="112"/>
        <location filename="../../ui/features/cases/case/report_card.py" line="128"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="119"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="124"/>
        <source>Datum van het signaal</source>
        <translation>Date of the signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="127"/>
        <location filename="../../ui/features/cases/case/report_card.py" line="230"/>
        <source>Signaal toevoegen</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="143"/>
        <source>Vraag verwijderen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="147"/>
        <source>Signaal verwijderen</source>
        <translation>Remove signal</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="201"/>
        <source>Gemeente en cliëntnummer</source>
        <translation>Municipality and client number</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/report_card.py" line="209"/>
        <source>Rapportcijfer</source>
        <translation>Mark</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="43"/>
        <location filename="../../ui/features/reports/filters.py" line="60"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="48"/>
        <location filename="../../ui/features/reports/filters.py" line="61"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="48"/>
        <location filename="../../ui/features/reports/filters.py" line="62"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="55"/>
        <source>Alle wetten</source>
        <translation>All laws</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="57"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="63"/>
        <source>Wettelijk kader</source>
        <translation>Legal framework</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="64"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="90"/>
        <source>Dit jaar tot en met vandaag</source>
        <translation>This year up to today</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="91"/>
        <source>Vorig jaar ({0})</source>
        <translation>Last year ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="92"/>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/filters.py" line="98"/>
        <source>Eigen periode</source>
        <translation>Own period</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/features/reports/data.py" line="58"/>
        <location filename="../../ui/features/reports/data.py" line="94"/>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="67"/>
        <source>Jaar eerder</source>
        <translation>Year before</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="73"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="80"/>
        <location filename="../../ui/features/reports/data.py" line="82"/>
        <source>Nieuwe zaken {0}</source>
        <translation>New cases {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="83"/>
        <source>Nieuw in de periode</source>
        <translation>New in the period</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="83"/>
        <source>Nieuw een jaar eerder</source>
        <translation>New a year before</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="124"/>
        <source>gelijk</source>
        <translation>same</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="144"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="145"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="146"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="147"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="148"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="149"/>
        <source>Signalen van onveiligheid</source>
        <translation>Signs of an unsafe situation</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="150"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="151"/>
        <location filename="../../ui/features/reports/data.py" line="397"/>
        <source>Doorgegeven signalen</source>
        <translation>Signals passed on</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="152"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="196"/>
        <source>Overige organisaties (elk minder dan {0} zaken)</source>
        <translation>Other organisations (each fewer than {0} cases)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="202"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="205"/>
        <source>Cijfer {0}</source>
        <translation>Mark {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="233"/>
        <source>Totaal zaken</source>
        <translation>Total cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="235"/>
        <location filename="../../ui/features/reports/widgets.py" line="200"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="286"/>
        <source>Over welke organisaties ging het?</source>
        <translation>Which organisations were they about?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="287"/>
        <source>Per zaak de soort organisatie waarover de cliënt ontevreden was.</source>
        <translation>Per case, the kind of organisation the client was unhappy with.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="290"/>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="294"/>
        <source>Waarover ging het?</source>
        <translation>What were they about?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="295"/>
        <source>Een zaak kan over meer onderwerpen gaan en telt dan bij elk onderwerp; het aandeel is het deel van alle zaken waarin het onderwerp speelde.</source>
        <translation>A case can be about several topics and then counts under each; the share is the part of all cases in which the topic came up.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="300"/>
        <location filename="../../ui/features/reports/data.py" line="377"/>
        <location filename="../../ui/features/reports/data.py" line="401"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="304"/>
        <source>Wie vroeg om steun?</source>
        <translation>Who asked for support?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="305"/>
        <source>Per zaak de rol van de cliënt.</source>
        <translation>Per case, the client&apos;s role.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="306"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="310"/>
        <source>Leeftijd van de cliënt</source>
        <translation>Age of the client</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="311"/>
        <source>In leeftijdsgroepen; een geboortedatum wordt nooit vastgelegd.</source>
        <translation>In age bands; a date of birth is never recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="314"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="318"/>
        <source>Wat wilde de cliënt bereiken?</source>
        <translation>What did the client want to achieve?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="319"/>
        <source>Een cliënt kan meer doelen hebben; elk telt één keer.</source>
        <translation>A client can have several goals; each counts once.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="322"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="326"/>
        <source>Welke steun gaf de vertrouwenspersoon?</source>
        <translation>What support did the advisor give?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="327"/>
        <source>Een zaak kan meer vormen van steun krijgen; elke telt één keer.</source>
        <translation>A case can get several kinds of support; each counts once.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="330"/>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="334"/>
        <source>Hoe ver kwam de klachtroute?</source>
        <translation>How far did the complaint route go?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="335"/>
        <source>Per zaak de laatste stap die zij bereikte; zaken zonder stap tellen niet mee.</source>
        <translation>Per case, the last step it reached; cases without a step are not counted.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="339"/>
        <source>Verste stap</source>
        <translation>Furthest step</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="343"/>
        <source>Hoe liep het af?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="344"/>
        <source>Alleen afgesloten zaken, naar de stand van vandaag.</source>
        <translation>Closed cases only, as they stand today.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="347"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="351"/>
        <source>Onder welke wet viel de hulp?</source>
        <translation>Which law did the care fall under?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="352"/>
        <source>Per zaak het wettelijk kader van de klachtregeling.</source>
        <translation>Per case, the legal framework of the complaint procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="355"/>
        <source>Wettelijk kader</source>
        <translation>Legal framework</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="359"/>
        <source>Uitspraken van klachtencommissies</source>
        <translation>Verdicts of complaints committees</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="360"/>
        <source>Per klachtonderdeel: één klacht kan uit meer onderdelen bestaan.</source>
        <translation>Per complaint point: one complaint can have several points.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="363"/>
        <source>Uitspraak</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="367"/>
        <source>Met welke vragen kwamen cliënten?</source>
        <translation>What did clients ask?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="368"/>
        <source>Een zaak kan meer vragen bevatten, elk met een eigen soort.</source>
        <translation>A case can hold several questions, each of its own kind.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="371"/>
        <source>Soort vraag</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="375"/>
        <source>Waarover gingen de vragen?</source>
        <translation>What were the questions about?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="376"/>
        <source>Per vraag het onderwerp, als dat bekend is.</source>
        <translation>Per question the topic, when known.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="381"/>
        <source>Uit welke gemeente kwam de cliënt?</source>
        <translation>Which municipality was the client from?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="382"/>
        <source>Per zaak de gemeente of regio van de cliënt, wat de financier vraagt.</source>
        <translation>Per case the client&apos;s municipality or region, as the funder asks.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="385"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="389"/>
        <source>Welk rapportcijfer gaf de cliënt?</source>
        <translation>What mark did the client give?</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="390"/>
        <source>Bij afgesloten zaken waarin de cliënt een cijfer gaf (1 tot 10).</source>
        <translation>Closed cases in which the client gave a mark (1 to 10).</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="393"/>
        <source>Cijfer</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="398"/>
        <source>Signalen in de periode, in zaken en daarbuiten, naar onderwerp.</source>
        <translation>Signals in the period, in cases and outside them, by topic.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="405"/>
        <source>Activiteiten buiten zaken</source>
        <translation>Activities outside cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="406"/>
        <source>Voorlichting, groepsbezoeken, trainingen en overleg in de periode.</source>
        <translation>Information sessions, group visits, trainings and meetings in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="409"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="413"/>
        <source>Organisaties bij naam</source>
        <translation>Organisations by name</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="414"/>
        <source>Alleen organisaties waarover ten minste {0} zaken in de periode gingen; de andere zijn samengevoegd, zodat geen cliënt herkenbaar is. Een streepje: een jaar eerder minder dan {0} zaken, daar geteld bij de overige.</source>
        <translation>Only organisations that at least {0} cases in the period were about; the others are combined, so that no client can be recognised. A dash: fewer than {0} cases a year before, counted with the others there.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/data.py" line="420"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/table.py" line="205"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/table.py" line="206"/>
        <source>Hele tabel kopiëren</source>
        <translation>Copy the whole table</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="111"/>
        <location filename="../../ui/features/reports/widgets.py" line="149"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="117"/>
        <source>Staafdiagram: {0}</source>
        <translation>Bar chart: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="120"/>
        <source>De cijfers staan in de tabel ernaast.</source>
        <translation>The numbers are in the table beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="184"/>
        <source>Lijndiagram: {0}</source>
        <translation>Line chart: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="187"/>
        <source>De cijfers staan in de tabel eronder.</source>
        <translation>The numbers are in the table below it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/widgets.py" line="217"/>
        <source>Contactmomenten</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../ui/features/reports/area.py" line="111"/>
        <location filename="../../ui/features/reports/area.py" line="143"/>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="112"/>
        <source>Anonieme tellingen: geen namen, geen dossiercodes, geen notities.</source>
        <translation>Anonymous counts: no names, no case codes, no notes.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="128"/>
        <source>Bezig met tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="149"/>
        <source>Activiteiten en signalen…</source>
        <translation>Activities and signals…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="150"/>
        <source>Registraties exporteren…</source>
        <translation>Export registrations…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="153"/>
        <source>Je anonieme registraties van het jaar, voor een rapportage over de hele organisatie: geen dossiercodes, geen tekst, geen cliëntgegevens.</source>
        <translation>Your anonymous registrations of the year, for a report over the whole organisation: no case codes, no text, no client details.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="157"/>
        <source>Organisatierapportage…</source>
        <translation>Organisation report…</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="181"/>
        <source>Registraties {0}.json</source>
        <translation>Registrations {0}.json</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="183"/>
        <source>Registraties opslaan</source>
        <translation>Save registrations</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="183"/>
        <source>Registratiebestanden (*.json)</source>
        <translation>Registration files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="196"/>
        <source>Registraties opgeslagen</source>
        <translation>Registrations saved</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="198"/>
        <source>{0} zaken van {1} staan in {2}. Stuur dit bestand naar wie de organisatierapportage maakt.</source>
        <translation>{0} cases of {1} are in {2}. Send this file to whoever makes the organisation report.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="218"/>
        <source>Nieuwe zaken per maand</source>
        <translation>New cases per month</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="220"/>
        <source>Het aantal zaken dat in elke maand begon, naast dezelfde maand een jaar eerder; in de tabel ook de contactmomenten.</source>
        <translation>The number of cases that began in each month, beside the same month a year before; the table also has the contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="318"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="320"/>
        <source>{0} een jaar eerder</source>
        <translation>{0} a year before</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="333"/>
        <source>vergeleken met {0}</source>
        <translation>compared with {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="337"/>
        <location filename="../../ui/features/reports/area.py" line="339"/>
        <source>alleen {0}</source>
        <translation>only {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="347"/>
        <source>Zodra je dossiers registreert, zie je hier per periode de vragen en klachten per soort organisatie en onderwerp, zonder namen of dossiercodes.</source>
        <translation>Once you register cases, you see the questions and complaints per period here, by kind of organisation and topic, without names or case codes.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="352"/>
        <source>Geen zaken in deze periode</source>
        <translation>No cases in this period</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="355"/>
        <source>In deze periode en een jaar eerder liep geen enkele zaak die bij de filters past. Kies een andere periode, of zet de filters op ‘alle’.</source>
        <translation>No case matching the filters ran in this period or a year before. Choose another period, or set the filters to ‘all’.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="365"/>
        <source>Tellen lukte niet</source>
        <translation>Counting failed</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/area.py" line="344"/>
        <source>Nog niets om te tellen</source>
        <translation>Nothing to count yet</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="45"/>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="51"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="55"/>
        <source>Openen met</source>
        <translation>Open with</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="57"/>
        <source>De wachtwoordzin van toen de back-up werd gemaakt</source>
        <translation>The passphrase from when the backup was made</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="59"/>
        <source>De herstelsleutel (van je noodkaart)</source>
        <translation>The recovery key (from your emergency sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="74"/>
        <source>Deze back-up heeft geen wachtwoordzin; hij opent alleen met de herstelsleutel.</source>
        <translation>This backup has no passphrase; it opens only with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="90"/>
        <source>Je huidige kluis blijft zoals hij is.</source>
        <translation>Your current vault stays as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="84"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="86"/>
        <source>Als nieuwe kluis, op een plek die je kiest (aanbevolen)</source>
        <translation>As a new vault, in a place you choose (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="91"/>
        <source>In plaats van mijn huidige kluis</source>
        <translation>Instead of my current vault</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="96"/>
        <source>De kluis die niet opent, wordt opzij gezet als {0}.replaced-… (niet gewist).</source>
        <translation>The vault that will not open is moved aside as {0}.replaced-… (not deleted).</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="101"/>
        <source>Je huidige kluis gaat op slot en wordt opzij gezet als {0}.replaced-… (niet gewist). Wat je na de back-up hebt vastgelegd, staat niet in de teruggezette kluis.</source>
        <translation>Your current vault is locked and moved aside as {0}.replaced-… (not deleted). What you recorded after the backup is not in the restored vault.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="122"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="124"/>
        <source>Controleren en verder</source>
        <translation>Check and continue</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="146"/>
        <source>Back-up van {0}</source>
        <translation>Backup of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="151"/>
        <source>{0} · gemaakt met Vertrouwen {1} · niet beschadigd</source>
        <translation>{0} · made with Vertrouwen {1} · not damaged</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="171"/>
        <source>64 tekens, in groepen van 8</source>
        <translation>64 characters, in groups of 8</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="171"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="178"/>
        <source>Typ eerst de herstelsleutel.</source>
        <translation>Type the recovery key first.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore_dialog.py" line="180"/>
        <source>Typ eerst de wachtwoordzin van de back-up.</source>
        <translation>Type the backup&apos;s passphrase first.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="71"/>
        <source>Back-up kiezen om terug te zetten</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="73"/>
        <source>Back-ups van Vertrouwen ({0});;Alle bestanden (*)</source>
        <translation>Vertrouwen backups ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="78"/>
        <source>Back-up controleren…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="85"/>
        <source>Back-up geweigerd</source>
        <translation>Backup refused</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="110"/>
        <source>Back-up openen en controleren…</source>
        <translation>Opening and checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="142"/>
        <source>Teruggezette kluis opslaan als</source>
        <translation>Save the restored vault as</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="144"/>
        <source>Kluis van Vertrouwen (*.db)</source>
        <translation>Vertrouwen vault (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="149"/>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="165"/>
        <source>De back-up van {0} staat nu als kluis in {1}. Je huidige kluis is niet veranderd.</source>
        <translation>The backup of {0} is now a vault at {1}. Your current vault has not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="168"/>
        <source>Hij opent met je herstelsleutel.</source>
        <translation>It opens with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="170"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="171"/>
        <source>Wil je de teruggezette kluis nu openen?</source>
        <translation>Do you want to open the restored vault now?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="172"/>
        <source>Nu openen</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="172"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="183"/>
        <source>Vertrouwen zet je kluis opzij als {0}.replaced-… en zet de back-up van {1} op zijn plaats. Er wordt niets gewist.</source>
        <translation>Vertrouwen moves your vault aside as {0}.replaced-… and puts the backup of {1} in its place. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="188"/>
        <source>Vertrouwen vergrendelt je kluis, zet hem opzij als {0}.replaced-… en zet de back-up van {1} op zijn plaats. Er wordt niets gewist.</source>
        <translation>Vertrouwen locks your vault, moves it aside as {0}.replaced-… and puts the backup of {1} in its place. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="193"/>
        <source>Huidige kluis vervangen?</source>
        <translation>Replace the current vault?</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="197"/>
        <source>Wat je na {0} hebt vastgelegd, staat niet in de teruggezette kluis. Ontgrendelen met je computerlogin zet je daarna zo nodig opnieuw aan.</source>
        <translation>What you recorded after {0} is not in the restored vault. If you unlock with your computer login, turn it on again afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/restore.py" line="200"/>
        <source>Vergrendelen en terugzetten</source>
        <translation>Lock and restore</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="84"/>
        <source>Bewaartermijn</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="86"/>
        <source>Voor dossiers van een vertrouwenspersoon geldt geen wettelijke bewaartermijn. Gebruikelijk is een dossier te vernietigen als het gesloten is en in de jaarrapportage is geteld. De anonieme telling blijft altijd bewaard.</source>
        <translation>No statutory retention term applies to a confidential advisor&apos;s case files. Common practice is to destroy a file once it is closed and counted in the yearly report. The anonymous count is always kept.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="93"/>
        <source>Gesloten dossiers ter beoordeling tonen na</source>
        <translation>Show closed cases for review after</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="96"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="104"/>
        <source>Er wordt nooit iets vanzelf vernietigd: je beslist per dossier.</source>
        <translation>Nothing is ever destroyed by itself: you decide per case.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="112"/>
        <source>Te beoordelen</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="128"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="129"/>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="130"/>
        <source>Hoe lang geleden</source>
        <translation>How long ago</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="131"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="162"/>
        <source>Niets te beoordelen: geen gesloten dossier is langer dan {0} maanden dicht.</source>
        <translation>Nothing to review: no case has been closed for longer than {0} months.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="167"/>
        <source>1 gesloten dossier is langer dan {0} maanden dicht.</source>
        <translation>1 case has been closed for longer than {0} months.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="171"/>
        <source>{0} gesloten dossiers zijn langer dan {1} maanden dicht.</source>
        <translation>{0} cases have been closed for longer than {1} months.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="181"/>
        <source>Openen in Dossiers</source>
        <translation>Open in Cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="185"/>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="185"/>
        <source>{0} maanden</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/retention.py" line="192"/>
        <source>Vernietigen…</source>
        <translation>Destroy…</translation>
    </message>
</context>
<context>
    <name>RouteEditorDialog</name>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="63"/>
        <source>Klachtroutes beheren</source>
        <translation>Manage complaint routes</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="74"/>
        <source>Klachtroutes</source>
        <translation>Complaint routes</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="78"/>
        <source>De ingebouwde routes volgen de wet of een voorbeeldregeling en zijn niet te wijzigen; kopieer er een om hem aan te passen. Een eigen route met het id van een ingebouwde route vervangt die voor al je dossiers.</source>
        <translation>The built-in routes follow the law or an example regulation and cannot be changed; copy one to adapt it. An own route with the id of a built-in route replaces it for all your cases.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="93"/>
        <source>Nieuwe route</source>
        <translation>New route</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="128"/>
        <source>Kopiëren als eigen route</source>
        <translation>Copy as own route</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="130"/>
        <location filename="../../ui/features/routes/editor.py" line="356"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="132"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="135"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="189"/>
        <source>Wijzigingen in de route</source>
        <translation>Changes to the route</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="190"/>
        <source>De route heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The route has changes that have not been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="191"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="191"/>
        <source>Blijven</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="237"/>
        <source> (eigen versie)</source>
        <translation> (own version)</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="242"/>
        <source>Kopie van &apos;{0}&apos;. Geef hem het id &apos;{0}&apos; om de ingebouwde route te vervangen, of houd een eigen id om hem ernaast te gebruiken.</source>
        <translation>Copy of &apos;{0}&apos;. Give it the id &apos;{0}&apos; to replace the built-in route, or keep an id of its own to use it alongside.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="266"/>
        <source>Regel {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="295"/>
        <source>Kies links een route</source>
        <translation>Choose a route on the left</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="301"/>
        <source>Ingebouwd, alleen te lezen (id: {0})</source>
        <translation>Built in, read-only (id: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="308"/>
        <source>Eigen route, opgeslagen in je kluis (id: {0})</source>
        <translation>Own route, stored in your vault (id: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="310"/>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="311"/>
        <source>Nieuwe eigen route</source>
        <translation>New own route</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="312"/>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="315"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="320"/>
        <source>1 probleem: zo kan de route niet worden opgeslagen.</source>
        <translation>1 problem: the route cannot be saved like this.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="322"/>
        <source>{0} problemen: zo kan de route niet worden opgeslagen.</source>
        <translation>{0} problems: the route cannot be saved like this.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="327"/>
        <source>De route is geldig.</source>
        <translation>The route is valid.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="328"/>
        <source> Nog niet opgeslagen.</source>
        <translation> Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="351"/>
        <source>Eigen route verwijderen?</source>
        <translation>Remove own route?</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="353"/>
        <source>Dossiers die deze route volgen krijgen weer de standaardroute van hun regime. Vastgelegde stappen blijven staan.</source>
        <translation>Cases that follow this route get the default route of their regime again. Recorded steps stay.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/editor.py" line="376"/>
        <source>Route niet opgeslagen</source>
        <translation>Route not saved</translation>
    </message>
</context>
<context>
    <name>RouteList</name>
    <message>
        <location filename="../../ui/features/routes/list.py" line="33"/>
        <source>Eigen routes</source>
        <translation>Own routes</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/list.py" line="37"/>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/list.py" line="38"/>
        <source>Ingebouwd</source>
        <translation>Built in</translation>
    </message>
</context>
<context>
    <name>RoutePhrases</name>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="131"/>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="130"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="44"/>
        <source>Voorwaarden: {0}.</source>
        <translation>Conditions: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="64"/>
        <source>&apos;{0}&apos; is begonnen op {1}, na het einde van de termijn op {2}: {3} ({4}).</source>
        <translation>&apos;{0}&apos; started on {1}, after the term had ended on {2}: {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="67"/>
        <source>Afspraak over tijd sinds {0} ({1}): {2}</source>
        <translation>Agreed action overdue since {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="75"/>
        <source>Voorbij sinds {0}: {1} ({2}).</source>
        <translation>Passed since {0}: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="81"/>
        <source>Kies de route &apos;{0}&apos; of de eigen route van deze Veilig Thuis-organisatie.</source>
        <translation>Choose the route &apos;{0}&apos; or this Veilig Thuis organisation&apos;s own route.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="84"/>
        <source>Kies een route of de eigen route van deze Veilig Thuis-organisatie.</source>
        <translation>Choose a route or this Veilig Thuis organisation&apos;s own route.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="87"/>
        <source>Het advies volgt daarom de route &apos;{0}&apos;; zet het regime van dit dossier op Wmo.</source>
        <translation>The advice therefore follows the route &apos;{0}&apos;; set this case&apos;s regime to Wmo.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="105"/>
        <source>Termijn verstreken op {0}: {1} ({2}).</source>
        <translation>Deadline passed on {0}: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="106"/>
        <source>Termijn verloopt vandaag: {0} ({1}).</source>
        <translation>Deadline ends today: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="107"/>
        <source>Termijn verloopt over 1 dag, op {0}: {1} ({2}).</source>
        <translation>Deadline ends in 1 day, on {0}: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="110"/>
        <source>Termijn verloopt over {0} dagen, op {1}: {2} ({3}).</source>
        <translation>Deadline ends in {0} days, on {1}: {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="116"/>
        <source>{0} (te controleren)</source>
        <translation>{0} (to be checked)</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="117"/>
        <source>{0}; verdaagd: {1}</source>
        <translation>{0}; postponed: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="118"/>
        <source>{0}; langer met schriftelijke instemming: {1}</source>
        <translation>{0}; longer with written consent: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="121"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="122"/>
        <source>verschoven van {0} naar {1}, Atw art. 1</source>
        <translation>moved from {0} to {1}, Atw art. 1</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="123"/>
        <source>verschoven van {0} naar {1}, Atw art. 2</source>
        <translation>moved from {0} to {1}, Atw art. 2</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="124"/>
        <source>verschoven van {0} naar {1}, Atw art. 1 en 2</source>
        <translation>moved from {0} to {1}, Atw art. 1 and 2</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="125"/>
        <source>{0}; gerekend vanaf het verstrijken van de beslistermijn</source>
        <translation>{0}; counted from the end of the decision period</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="129"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="132"/>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="133"/>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="134"/>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="142"/>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="143"/>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="144"/>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="145"/>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="146"/>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="147"/>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="148"/>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="135"/>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="136"/>
        <source>vertrouwenspersoon</source>
        <translation>advisor</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="137"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="138"/>
        <source>ander</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="21"/>
        <source>De termijn voor &apos;{0}&apos; is op {1} verstreken zonder uitkomst.</source>
        <translation>The deadline for &apos;{0}&apos; passed on {1} without an outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="24"/>
        <source>Loopt nu: &apos;{0}&apos; (uitkomst uiterlijk {1}). Lost dat de klacht niet op, dan volgt:</source>
        <translation>Under way: &apos;{0}&apos; (outcome due by {1}). If that does not resolve the complaint, next comes:</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="28"/>
        <source>Loopt nu: &apos;{0}&apos;. Lost dat de klacht niet op, dan volgt:</source>
        <translation>Under way: &apos;{0}&apos;. If that does not resolve the complaint, next comes:</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="31"/>
        <source>&apos;{0}&apos; heeft de klacht niet opgelost.</source>
        <translation>&apos;{0}&apos; did not resolve the complaint.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="32"/>
        <source>&apos;{0}&apos; heeft de klacht deels opgelost; als de cliënt verder wil:</source>
        <translation>&apos;{0}&apos; partly resolved the complaint; if the client wants to go further:</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="35"/>
        <source>Na &apos;{0}&apos; is de cliënt doorverwezen.</source>
        <translation>After &apos;{0}&apos; the client was referred elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="36"/>
        <source>&apos;{0}&apos; is afgerond zonder vastgelegde uitkomst.</source>
        <translation>&apos;{0}&apos; has ended without a recorded outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="46"/>
        <source>Stap &apos;{0}&apos; staat niet in de route &apos;{1}&apos;; het advies houdt er geen rekening mee.</source>
        <translation>Step &apos;{0}&apos; is not part of the route &apos;{1}&apos;; the advice leaves it out.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="50"/>
        <source>&apos;{0}&apos; komt meestal pas na {1}; die stap is niet vastgelegd.</source>
        <translation>&apos;{0}&apos; usually comes only after {1}; that step has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="53"/>
        <source>Bij &apos;{0}&apos; is een verdaging van {1} weken vastgelegd, maar deze route kent daar geen verdaging; de termijn is niet verschoven.</source>
        <translation>A postponement of {1} weeks is recorded for &apos;{0}&apos;, but this route allows no postponement there; the deadline has not moved.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="58"/>
        <source>Verdaging van {0} weken bij &apos;{1}&apos; is langer dan {2} toestaat ({3}).</source>
        <translation>The postponement of {0} weeks for &apos;{1}&apos; is longer than {2} allows ({3}).</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="91"/>
        <source>Route &apos;{0}&apos; is onbekend; de standaardroute &apos;{1}&apos; is gebruikt.</source>
        <translation>Route &apos;{0}&apos; is unknown; the default route &apos;{1}&apos; was used.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="94"/>
        <source>Route &apos;{0}&apos; is onbekend; geen route.</source>
        <translation>Route &apos;{0}&apos; is unknown; no route.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="97"/>
        <source>Er is geen standaardroute voor regime &apos;{0}&apos;.</source>
        <translation>There is no default route for regime &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="100"/>
        <source>De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom niet berekend: {0}.</source>
        <translation>The date of the incident has not been recorded, so these deadlines were not calculated: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="61"/>
        <source>De termijn eindigt daarom op {0}, niet op de aangekondigde {1}.</source>
        <translation>The term therefore ends on {0}, not on the announced {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="40"/>
        <source>Niet verplicht hiervoor: {0}; de cliënt mag meteen deze stap zetten.</source>
        <translation>Not required before this: {0}; the client may take this step straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="45"/>
        <source>Behandeld door {0}.</source>
        <translation>Handled by {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="39"/>
        <source>Naast de klachtroute:</source>
        <translation>Alongside the complaint route:</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="76"/>
        <source>Veilig Thuis valt voor klachten niet onder de Jeugdwet maar onder de Wmo 2015 en Awb hoofdstuk 9.</source>
        <translation>For complaints, Veilig Thuis falls not under the Jeugdwet but under the Wmo 2015 and Awb chapter 9.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="113"/>
        <source>Aan zet: de cliënt.</source>
        <translation>To act: the client.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="114"/>
        <source>Aan zet: de organisatie.</source>
        <translation>To act: the organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="115"/>
        <source>Aan zet: de vertrouwenspersoon.</source>
        <translation>To act: the confidential advisor.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="43"/>
        <source>Deze stap is niet verplicht.</source>
        <translation>This step is optional.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="70"/>
        <source>Gaat het om een besluit (beschikking) van de gemeente? Daartegen staat bezwaar open binnen zes weken na de bekendmaking (Awb art. 6:7), geen klacht.</source>
        <translation>Is it about a decision (beschikking) of the municipality? Against that, an objection (bezwaar) is open within six weeks of its announcement (Awb art. 6:7), not a complaint.</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_phrases.py" line="128"/>
        <source>of</source>
        <translation>or</translation>
    </message>
</context>
<context>
    <name>RouteProblems</name>
    <message>
        <location filename="../../ui/core/route_problems.py" line="76"/>
        <source>sleutel &apos;steps&apos; ontbreekt: een route heeft minstens één [[steps]]</source>
        <translation>key &apos;steps&apos; is missing: a route has at least one [[steps]]</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="37"/>
        <source>sleutel &apos;{0}&apos; ontbreekt</source>
        <translation>key &apos;{0}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="47"/>
        <source>&apos;{0}&apos; moet een lijst met tekst zijn</source>
        <translation>&apos;{0}&apos; must be a list of text</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="43"/>
        <source>&apos;{0}&apos; is leeg</source>
        <translation>&apos;{0}&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="65"/>
        <source>format = {0} is nieuwer dan dit programma kent ({1})</source>
        <translation>format = {0} is newer than this program knows ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="72"/>
        <source>een route van één organisatie (kind = &apos;organisation&apos;) is geen standaardroute</source>
        <translation>a route of one organisation (kind = &apos;organisation&apos;) is not a default route</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="79"/>
        <source>de route heeft geen stappen ([[steps]])</source>
        <translation>the route has no steps ([[steps]])</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="80"/>
        <source>termijn-id &apos;{0}&apos; komt twee keer voor</source>
        <translation>deadline id &apos;{0}&apos; occurs twice</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="86"/>
        <source>&apos;of&apos; past niet bij from = &apos;conduct&apos; (de gedraging hoort bij geen stap)</source>
        <translation>&apos;of&apos; does not go with from = &apos;conduct&apos; (the conduct belongs to no step)</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="18"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="20"/>
        <source>eigen route &apos;{0}&apos;</source>
        <translation>own route &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="23"/>
        <source>{0}, termijn &apos;{1}&apos;</source>
        <translation>{0}, deadline &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="24"/>
        <source>{0}, termijn {1}</source>
        <translation>{0}, deadline {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="25"/>
        <source>{0}, extension</source>
        <translation>{0}, extension</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="26"/>
        <source>onbekende sleutel &apos;{0}&apos; (bedoelt u &apos;{1}&apos;?); toegestaan: {2}</source>
        <translation>unknown key &apos;{0}&apos; (did you mean &apos;{1}&apos;?); allowed: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="29"/>
        <source>onbekende sleutel &apos;{0}&apos;; toegestaan: {1}</source>
        <translation>unknown key &apos;{0}&apos;; allowed: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="32"/>
        <source>bron ontbreekt (sleutel &apos;source&apos;): elke termijn noemt de regel waar hij uit komt, bv. source = &quot;Awb art. 9:11 lid 1&quot;</source>
        <translation>source missing (key &apos;source&apos;): every deadline names the rule it comes from, e.g. source = &quot;Awb art. 9:11 lid 1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="38"/>
        <source>&apos;{0}&apos; moet {1} zijn, niet {2}</source>
        <translation>&apos;{0}&apos; must be {1}, not {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="39"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="40"/>
        <source>true of false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="41"/>
        <source>een geheel getal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="42"/>
        <source>een lijst</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="44"/>
        <source>&apos;{0}&apos; moet minstens 1 zijn, niet {1}</source>
        <translation>&apos;{0}&apos; must be at least 1, not {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="48"/>
        <source>onbekende waarde &apos;{0}&apos; bij &apos;{1}&apos;; kies uit: {2}</source>
        <translation>unknown value &apos;{0}&apos; for &apos;{1}&apos;; choose from: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="51"/>
        <source>onbekend beginpunt &apos;{0}&apos; bij &apos;{1}&apos;; kies uit: {2}</source>
        <translation>unknown starting point &apos;{0}&apos; for &apos;{1}&apos;; choose from: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="54"/>
        <source>onbekende eenheid &apos;{0}&apos; bij &apos;{1}&apos;; kies uit: {2}</source>
        <translation>unknown unit &apos;{0}&apos; for &apos;{1}&apos;; choose from: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="57"/>
        <source>{0} = &apos;{1}&apos; is geen geldige id: gebruik kleine letters, cijfers en _, beginnend met een letter</source>
        <translation>{0} = &apos;{1}&apos; is not a valid id: use lower-case letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="62"/>
        <source>&apos;{0}&apos; moet een lijst van tabellen zijn ([[{0}]])</source>
        <translation>&apos;{0}&apos; must be a list of tables ([[{0}]])</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="68"/>
        <source>format moet {0} zijn, niet {1}</source>
        <translation>format must be {0}, not {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="69"/>
        <source>onbekend regime &apos;{0}&apos; bij &apos;default_for&apos;; kies uit: {1}</source>
        <translation>unknown regime &apos;{0}&apos; for &apos;default_for&apos;; choose from: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="83"/>
        <source>onbekende organisatiesoort &apos;{0}&apos; bij &apos;kinds&apos;; kies uit: {1}</source>
        <translation>unknown kind of organisation &apos;{0}&apos; for &apos;kinds&apos;; choose from: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="89"/>
        <source>&apos;extension&apos; moet een tabel zijn: extension = {{ amount = 4, ... }}</source>
        <translation>&apos;extension&apos; must be a table: extension = {{ amount = 4, ... }}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="92"/>
        <source>&apos;earliest&apos; past alleen bij een termijn met &apos;of&apos; (andere stappen)</source>
        <translation>&apos;earliest&apos; only goes with a deadline that has &apos;of&apos; (other steps)</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="95"/>
        <source>een verlenging (extension) kan alleen bij een termijn met from = &apos;step_start&apos;</source>
        <translation>an extension can only go with a deadline that has from = &apos;step_start&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="99"/>
        <source>stap-id &apos;{0}&apos; komt meer dan één keer voor</source>
        <translation>step id &apos;{0}&apos; occurs more than once</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="102"/>
        <source>&apos;requires&apos; noemt onbekende stap &apos;{0}&apos;</source>
        <translation>&apos;requires&apos; names an unknown step &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="105"/>
        <source>&apos;of&apos; noemt de eigen stap; laat &apos;of&apos; dan weg</source>
        <translation>&apos;of&apos; names the step itself; leave &apos;of&apos; out then</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="108"/>
        <source>&apos;of&apos; noemt onbekende stap &apos;{0}&apos; (niet in deze route en geen standaardstap)</source>
        <translation>&apos;of&apos; names an unknown step &apos;{0}&apos; (not in this route and not a standard step)</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="112"/>
        <source>geen geldige TOML: {0}</source>
        <translation>not valid TOML: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="118"/>
        <source>route-id &apos;{0}&apos; staat ook in {1}</source>
        <translation>route id &apos;{0}&apos; is also in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="119"/>
        <source>regime &apos;{0}&apos; is de standaardroute van meer dan één route: {1}</source>
        <translation>regime &apos;{0}&apos; has more than one default route: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="122"/>
        <source>map met routes bestaat niet</source>
        <translation>folder of routes does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="123"/>
        <source>kan het bestand niet lezen: {0}</source>
        <translation>cannot read the file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="113"/>
        <source>er is al een eigen route met id &apos;{0}&apos;; kies een ander id of open die route om haar te bewerken</source>
        <translation>there already is an own route with id &apos;{0}&apos;; choose another id or open that route to edit it</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="21"/>
        <source>stap &apos;{0}&apos;</source>
        <translation>step &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="22"/>
        <source>stap {0}</source>
        <translation>step {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_problems.py" line="19"/>
        <source>eigen route</source>
        <translation>own route</translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="92"/>
        <source>Klachtroute</source>
        <translation>Complaint route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="93"/>
        <source>Andere route</source>
        <translation>Other route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="97"/>
        <source>Routes beheren…</source>
        <translation>Manage routes…</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="111"/>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="114"/>
        <source>Een stap vastleggen, ook een die niet geadviseerd is</source>
        <translation>Record a step, also one that was not advised</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="126"/>
        <source>Afspraken</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="127"/>
        <source>Afspraak</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="129"/>
        <source>Afspraak toevoegen: wie doet wat, wanneer</source>
        <translation>Add an agreed action: who does what, when</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="137"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="157"/>
        <source>Route en afspraken</source>
        <translation>Route and actions</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="280"/>
        <source>Gekozen voor dit dossier</source>
        <translation>Chosen for this case</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="282"/>
        <source>Standaardroute voor dit soort klacht</source>
        <translation>Default route for this kind of complaint</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="285"/>
        <source> · eigen route</source>
        <translation> · own route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="288"/>
        <source>Geen route</source>
        <translation>No route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="289"/>
        <source>Kies een route, of leg stappen vast zonder route.</source>
        <translation>Choose a route, or record steps without one.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="300"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="301"/>
        <source>Standaardroute ({0})</source>
        <translation>Default route ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="335"/>
        <source>Route gewijzigd</source>
        <translation>Route changed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="339"/>
        <source>Stap vastgelegd: {0}</source>
        <translation>Step recorded: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="348"/>
        <source>Stap gewijzigd: {0}</source>
        <translation>Step changed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="360"/>
        <source>Stap verwijderd: {0}</source>
        <translation>Step removed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="363"/>
        <source>Afspraak toegevoegd</source>
        <translation>Agreed action added</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="373"/>
        <source>Afspraak gewijzigd</source>
        <translation>Agreed action changed</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="376"/>
        <source>Afspraak gedaan</source>
        <translation>Agreed action done</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="376"/>
        <source>Afspraak weer open</source>
        <translation>Agreed action reopened</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/tab.py" line="385"/>
        <source>Afspraak verwijderd</source>
        <translation>Agreed action removed</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <location filename="../../ui/core/route_text.py" line="43"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="44"/>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="45"/>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="46"/>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="47"/>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="55"/>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="57"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="82"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="84"/>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="86"/>
        <source>over {0} dagen</source>
        <translation>in {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="89"/>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="90"/>
        <source>{0} dagen te laat</source>
        <translation>{0} days late</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="92"/>
        <source>gisteren</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../ui/core/route_text.py" line="93"/>
        <source>{0} dagen geleden</source>
        <translation>{0} days ago</translation>
    </message>
</context>
<context>
    <name>RouteTimeline</name>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="210"/>
        <source>Buiten deze route vastgelegd</source>
        <translation>Recorded outside this route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="246"/>
        <source>Wie: {0}
Rol van de vertrouwenspersoon: {1}
Bron: {2}</source>
        <translation>Who: {0}
The advisor&apos;s role: {1}
Source: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="257"/>
        <source>huidige stap</source>
        <translation>current step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="259"/>
        <source>advies</source>
        <translation>advised</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="262"/>
        <source>naast de route</source>
        <translation>beside the route</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="264"/>
        <source>niet verplicht</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="266"/>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="272"/>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="277"/>
        <source>Afgerond op {0}</source>
        <translation>Ended on {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="279"/>
        <source>Gestart op {0}, loopt nog</source>
        <translation>Started on {0}, still running</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="281"/>
        <source>Zonder datum vastgelegd</source>
        <translation>Recorded without a date</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="285"/>
        <source>uitkomst niet vastgelegd</source>
        <translation>outcome not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="287"/>
        <source>verdaagd met {0} weken</source>
        <translation>postponed by {0} weeks</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="289"/>
        <source>met schriftelijke instemming van de cliënt</source>
        <translation>with the client&apos;s written consent</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="292"/>
        <source>beslissing uiterlijk {0} ({1})</source>
        <translation>decision due by {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="297"/>
        <source>de klacht is hiermee afgesloten</source>
        <translation>this closes the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="306"/>
        <source>Stap wijzigen</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="308"/>
        <source>Stap verwijderen (ongedaan maken kan)</source>
        <translation>Remove step (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="314"/>
        <source>Deze stap vastleggen</source>
        <translation>Record this step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/timeline.py" line="315"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RoutesSection</name>
    <message>
        <location filename="../../ui/features/routes/section.py" line="111"/>
        <source>Klachtroutes</source>
        <translation>Complaint routes</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="115"/>
        <source>De wettelijke routes (Jeugdwet, Wmo/Awb, Wkkgz en andere) zitten in Vertrouwen, met de bron van elke termijn. Heeft een organisatie een eigen klachtenregeling, leg die dan vast als eigen route; het advies volgt die route.</source>
        <translation>The statutory routes (Jeugdwet, Wmo/Awb, Wkkgz and others) are built into Vertrouwen, with the source of every deadline. If an organisation has its own complaints procedure, record it as an own route; the advice then follows that route.</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="125"/>
        <source>Klachtroutes beheren…</source>
        <translation>Manage complaint routes…</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="134"/>
        <source>Weekenden en feestdagen verlengen wettelijke termijnen (Algemene termijnenwet). Brugdagen die de overheid aan een feestdag gelijkstelt (art. 3 lid 3), voer je hier in.</source>
        <translation>Weekends and public holidays extend statutory terms (Algemene termijnenwet). Enter here the bridge days the government declares equal to a holiday (art. 3 lid 3).</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="148"/>
        <source>Brugdagen…</source>
        <translation>Bridge days…</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="166"/>
        <source>Brugdagen: {0}</source>
        <translation>Bridge days: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/routes/section.py" line="168"/>
        <source>Geen brugdagen ingevoerd.</source>
        <translation>No bridge days entered.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/features/cases/search.py" line="178"/>
        <source>Zoeken in notities en klachtonderdelen ({0})</source>
        <translation>Search notes and complaint points ({0})</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/features/cases/search.py" line="237"/>
        <source>Geen treffers in notities, klachtonderdelen of documenten</source>
        <translation>No matches in notes, complaint points or documents</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="240"/>
        <source>De {0} nieuwste treffers</source>
        <translation>The {0} newest matches</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="242"/>
        <source>1 treffer</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="244"/>
        <source>{0} treffers</source>
        <translation>{0} matches</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="249"/>
        <source>Notitie {0}</source>
        <translation>Note {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="251"/>
        <source>Document: {0}</source>
        <translation>Document: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/search.py" line="253"/>
        <source>Klachtonderdeel</source>
        <translation>Complaint point</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <location filename="../../ui/features/settings/area.py" line="93"/>
        <location filename="../../ui/features/settings/area.py" line="130"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="113"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="114"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="115"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="116"/>
        <source>Bewaartermijn</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="117"/>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="176"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="178"/>
        <source>De kluis gaat op slot na een tijd zonder activiteit (ook als de computer sliep), met Ctrl+L, en als je het scherm vergrendelt of de computer in slaapstand gaat, waar je besturingssysteem dat doorgeeft.</source>
        <translation>The vault locks after a time without activity (also while the computer slept), with Ctrl+L, and when you lock the screen or the computer goes to sleep, where your operating system reports it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="184"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="188"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="193"/>
        <source>zonder activiteit</source>
        <translation>without activity</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="198"/>
        <source>Schermvergrendeling en slaapstand worden herkend.</source>
        <translation>Screen lock and sleep are detected.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="201"/>
        <source>Dit systeem meldt schermvergrendeling en slaapstand niet; de tijd zonder activiteit telt wel door tijdens slaapstand.</source>
        <translation>This system does not report screen lock and sleep; time without activity still counts during sleep.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="216"/>
        <source>Ontgrendelen met je computerlogin</source>
        <translation>Unlock with your computer login</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="217"/>
        <source>De sleutel staat dan ook in de sleutelbos (keychain) van je computer.</source>
        <translation>The key is then also kept in your computer&apos;s keychain.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="219"/>
        <source>Ontgrendelen met mijn computerlogin</source>
        <translation>Unlock with my computer login</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="251"/>
        <source>Ontgrendelen met je computerlogin aanzetten?</source>
        <translation>Turn on unlocking with your computer login?</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="253"/>
        <source>Aanzetten</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="278"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="280"/>
        <source>Een nieuwe wachtwoordzin geldt meteen. Je herstelsleutel en je dossiers blijven dezelfde.</source>
        <translation>A new passphrase applies at once. Your recovery key and your cases stay the same.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="285"/>
        <source>Wachtwoordzin wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="299"/>
        <source>Je wachtwoordzin is gewijzigd.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="305"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="320"/>
        <source>Waar staat je kluis?</source>
        <translation>Where is your vault?</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="321"/>
        <source>Maak back-ups van beide bestanden: de kluis en het sleutelbestand ernaast.</source>
        <translation>Back up both files: the vault and the key file beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="332"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/area.py" line="347"/>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>SharedHistory</name>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="25"/>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="26"/>
        <source>Uit dit dossier is nog niets gedeeld.</source>
        <translation>Nothing of this case has been shared yet.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="44"/>
        <source>overgedragen aan een collega ({0})</source>
        <translation>handed over to a colleague ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="46"/>
        <source>klachtbrief als PDF</source>
        <translation>complaint letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="48"/>
        <source>anonieme samenvatting als PDF</source>
        <translation>anonymous summary as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="51"/>
        <source>aan {0}</source>
        <translation>to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="53"/>
        <source>met 1 document</source>
        <translation>with 1 document</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="55"/>
        <source>met {0} documenten</source>
        <translation>with {0} documents</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/consent/history.py" line="57"/>
        <source>met wachtwoord</source>
        <translation>with password</translation>
    </message>
</context>
<context>
    <name>SheetPrint</name>
    <message>
        <location filename="../../ui/kit/sheet_print.py" line="159"/>
        <source>Deze printer maakt een bestand</source>
        <translation>This printer makes a file</translation>
    </message>
    <message>
        <location filename="../../ui/kit/sheet_print.py" line="160"/>
        <source>‘{0}’ drukt niet op papier af: hij schrijft een bestand, en daarin staat wat geheim moet blijven. Kies een printer die op papier afdrukt.</source>
        <translation>‘{0}’ does not print on paper: it writes a file, and that file holds what must stay secret. Choose a printer that prints on paper.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/sheet_print.py" line="165"/>
        <source>Toch afdrukken</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <location filename="../../ui/kit/sheet_print.py" line="171"/>
        <source>Afdrukken lukte niet</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/kit/sheet_print.py" line="172"/>
        <source>De printer kon niet worden gestart. Controleer of hij aanstaat en probeer het opnieuw, of schrijf de tekens over op papier.</source>
        <translation>The printer could not be started. Check that it is switched on and try again, or copy the characters onto paper by hand.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell/areas.py" line="114"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/areas.py" line="127"/>
        <source>{0} vergrendelt · {1} Spoed · {2} handleiding</source>
        <translation>{0} locks · {1} Emergency · {2} manual</translation>
    </message>
</context>
<context>
    <name>SpoedPanel</name>
    <message>
        <location filename="../../ui/shell/spoed.py" line="41"/>
        <source>Spoed?</source>
        <translation>Emergency?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="45"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="52"/>
        <source>Direct hulp nodig? Deze nummers zijn er altijd.</source>
        <translation>Need help right now? These numbers are always there.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="73"/>
        <source>Acuut gevaar gaat voor geheimhouding. Bespreek een melding als het kan eerst met je cliënt.</source>
        <translation>Acute danger comes before confidentiality. Where possible, discuss a report with your client first.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="85"/>
        <source>Alarmnummer</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="86"/>
        <source>Bij levensgevaar: politie, brandweer, ambulance.</source>
        <translation>When life is in danger: police, fire brigade, ambulance.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="90"/>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis (Safe at Home)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="91"/>
        <source>Huiselijk geweld en kindermishandeling. Dag en nacht, gratis.</source>
        <translation>Domestic violence and child abuse. Day and night, free.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="95"/>
        <source>De Kindertelefoon</source>
        <translation>De Kindertelefoon</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="96"/>
        <source>Voor kinderen en jongeren. Gratis en anoniem.</source>
        <translation>The children&apos;s helpline, for children and young people. Free and anonymous.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="100"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Suicide Prevention</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="101"/>
        <source>Dag en nacht. Gratis via 0800-0113.</source>
        <translation>Day and night. Free via 0800-0113.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="105"/>
        <source>Kinderombudsman</source>
        <translation>Children&apos;s Ombudsman</translation>
    </message>
    <message>
        <location filename="../../ui/shell/spoed.py" line="106"/>
        <source>Als instanties niet goed omgaan met de rechten van een kind.</source>
        <translation>When agencies do not respect a child&apos;s rights.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="67"/>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="67"/>
        <source>Stap wijzigen</source>
        <translation>Edit step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="77"/>
        <source>Leg vast wat er gebeurd is. Dat mag ook een andere stap zijn dan het advies.</source>
        <translation>Record what happened. It may be another step than the advice.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="98"/>
        <source>{0} (buiten deze route)</source>
        <translation>{0} (outside this route)</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="102"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="105"/>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="107"/>
        <source>Afgerond op</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="111"/>
        <source>Nog geen uitkomst</source>
        <translation>No outcome yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="116"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="119"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="122"/>
        <source>Verdaging</source>
        <translation>Postponement</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="125"/>
        <source>De cliënt stemde schriftelijk in met langer uitstel</source>
        <translation>The client agreed in writing to a longer postponement</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="135"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="135"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="137"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="163"/>
        <source>{0} keer {1}</source>
        <translation>{0} times {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="166"/>
        <source>De organisatie mag de beslistermijn verdagen met ten hoogste {0} ({1}).</source>
        <translation>The organisation may postpone the decision by at most {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="171"/>
        <source>Deze stap kent in de route geen verdaging van de termijn.</source>
        <translation>This step has no postponement of its term in the route.</translation>
    </message>
    <message>
        <location filename="../../ui/features/cases/case/route/dialogs.py" line="177"/>
        <source>De einddatum ligt voor de startdatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="115"/>
        <source>Zeer zwak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="116"/>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="117"/>
        <source>Matig</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="118"/>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="119"/>
        <source>Zeer sterk</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="125"/>
        <source>Gebruik minstens 10 tekens.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="126"/>
        <source>Dit is een veelgebruikt wachtwoord; kies iets eigens.</source>
        <translation>This is a common password; choose something of your own.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="129"/>
        <source>Reeksen als abcd of 1234 zijn makkelijk te raden.</source>
        <translation>Sequences like abcd or 1234 are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="132"/>
        <source>Toetsenbordrijen als qwerty zijn makkelijk te raden.</source>
        <translation>Keyboard rows like qwerty are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="135"/>
        <source>Herhalingen als aaa of abcabc voegen weinig toe.</source>
        <translation>Repeats like aaa or abcabc add little.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="138"/>
        <source>Jaartallen en datums zijn makkelijk te raden.</source>
        <translation>Years and dates are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="141"/>
        <source>Meng letters met cijfers of leestekens, of maak hem langer.</source>
        <translation>Mix letters with digits or punctuation, or make it longer.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="144"/>
        <source>Tip: vier of vijf losse woorden zijn sterk en goed te onthouden.</source>
        <translation>Tip: four or five unrelated words are strong and easy to remember.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="183"/>
        <source>Kies een wachtwoordzin van een paar losse woorden, minstens 10 tekens.</source>
        <translation>Choose a passphrase of a few unrelated words, at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="191"/>
        <source>{0} — goed zo.</source>
        <translation>{0} — well done.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="193"/>
        <source>{0} — te makkelijk te raden.</source>
        <translation>{0} — too easy to guess.</translation>
    </message>
</context>
<context>
    <name>ThresholdControl</name>
    <message>
        <location filename="../../ui/features/reports/threshold.py" line="29"/>
        <source>Drempel voor namen van organisaties</source>
        <translation>Threshold for names of organisations</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/threshold.py" line="30"/>
        <source>Namen van organisaties met minder dan</source>
        <translation>Names of organisations with fewer than</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/threshold.py" line="32"/>
        <source>zaken tellen als ‘overig’.</source>
        <translation>cases count as ‘other’.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/threshold.py" line="37"/>
        <source>Geldt voor dit scherm, de jaarrapportage (PDF) en de CSV. Standaard {0}.</source>
        <translation>Applies to this screen, the yearly report (PDF) and the CSV. Default {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/reports/threshold.py" line="45"/>
        <source>Met een drempel onder {0} kan de naam van een organisatie met weinig zaken naar een cliënt wijzen. Kies zo’n lage drempel alleen als je zeker weet dat dat niet kan.</source>
        <translation>With a threshold below {0}, the name of an organisation with few cases can point to a client. Only choose such a low threshold if you are sure that cannot happen.</translation>
    </message>
</context>
<context>
    <name>TodayAgenda</name>
    <message>
        <location filename="../../ui/features/today/model.py" line="63"/>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="64"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="65"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="66"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="76"/>
        <source>{0} moet handelen</source>
        <translation>{0} must act</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="80"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="82"/>
        <source>Termijn: {0}
Bron: {1}</source>
        <translation>Deadline: {0}
Source: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="87"/>
        <source>Afspraak</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="89"/>
        <source>Afspraak ({0}): {1}</source>
        <translation>Agreed action ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="92"/>
        <source>Klik om dossier {0} te openen</source>
        <translation>Click to open case {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="225"/>
        <source>Toon meer</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/model.py" line="230"/>
        <source>{0} van {1} getoond</source>
        <translation>{0} of {1} shown</translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <location filename="../../ui/features/today/area.py" line="115"/>
        <source>Exporteer naar agenda (.ics)</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="119"/>
        <source>Termijnen en afspraken van je open dossiers als agendabestand opslaan</source>
        <translation>Save the deadlines and agreed actions of your open cases as a calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="130"/>
        <location filename="../../ui/features/today/area.py" line="140"/>
        <source>Vraagt aandacht</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="131"/>
        <location filename="../../ui/features/today/area.py" line="319"/>
        <source>Agenda bijwerken…</source>
        <translation>Updating the agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="150"/>
        <source>Niets dat om aandacht vraagt</source>
        <translation>Nothing needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="152"/>
        <source>Hier verschijnen termijnen die binnen een maand verlopen en afspraken die binnen twee weken klaar moeten zijn, van al je open dossiers.</source>
        <translation>Deadlines ending within a month and agreed actions due within two weeks, from all your open cases, appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="236"/>
        <source>Open dossiers</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="248"/>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="253"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="254"/>
        <source>Zoeken in dossiers</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="255"/>
        <source>Wisselen tussen de onderdelen</source>
        <translation>Switch between sections</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="256"/>
        <source>Kluis vergrendelen</source>
        <translation>Lock the vault</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="257"/>
        <source>Spoed: crisisnummers</source>
        <translation>Emergency numbers</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="258"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="360"/>
        <source>van de {0} dossiers in je kluis</source>
        <translation>of the {0} cases in your vault</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="401"/>
        <source>Agenda bijwerken… {0}%</source>
        <translation>Updating the agenda… {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="428"/>
        <source>{0} verlopen</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="430"/>
        <source>{0} vandaag</source>
        <translation>{0} today</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="432"/>
        <source>{0} deze week</source>
        <translation>{0} this week</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="434"/>
        <source>{0} later</source>
        <translation>{0} later</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="485"/>
        <source>De agenda kon niet worden bijgewerkt: {0}</source>
        <translation>The agenda could not be updated: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="279"/>
        <source>Versleuteld op deze computer</source>
        <translation>Encrypted on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="165"/>
        <source>Afspraken tot twee weken vooruit, termijnen tot een maand vooruit. Klik op een regel om het dossier te openen; spatie vinkt een afspraak af.</source>
        <translation>Actions up to two weeks ahead, terms up to a month ahead. Click a row to open the case; Space ticks an action off.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="181"/>
        <source>&amp;Wie moet handelen:</source>
        <translation>&amp;Who must act:</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="184"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="185"/>
        <source>Ik</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="186"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="187"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="188"/>
        <source>Anderen</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="193"/>
        <source>Wie moet handelen</source>
        <translation>Who must act</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="199"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="202"/>
        <source>Af&amp;vinken</source>
        <translation>&amp;Tick off</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="203"/>
        <source>De gekozen afspraak is gedaan (spatie)</source>
        <translation>The chosen action is done (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="205"/>
        <source>Week &amp;uitstellen</source>
        <translation>&amp;Snooze a week</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="207"/>
        <source>De gekozen termijn een week niet tonen; daarna komt hij terug</source>
        <translation>Do not show the chosen term for a week; then it comes back</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="210"/>
        <source>&amp;Afgehandeld</source>
        <translation>&amp;Dealt with</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="213"/>
        <source>De gekozen termijn heb je gezien en afgehandeld: niet meer tonen. Hij komt terug als de termijn opnieuw gaat lopen.</source>
        <translation>You have seen and dealt with the chosen term: do not show it again. It comes back if the term starts to run anew.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="284"/>
        <source>Er gaat niets naar internet. Bij afwezigheid gaat de kluis vanzelf op slot.</source>
        <translation>Nothing goes to the internet. When you are away, the vault locks by itself.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="297"/>
        <source>Goedemorgen</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="299"/>
        <source>Goedemiddag</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="300"/>
        <source>Goedenavond</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="304"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="521"/>
        <source>Afspraak van {0} afgevinkt.</source>
        <translation>Action of {0} ticked off.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="532"/>
        <source>Termijn van {0} een week uitgesteld.</source>
        <translation>Term of {0} snoozed for a week.</translation>
    </message>
    <message>
        <location filename="../../ui/features/today/area.py" line="534"/>
        <source>Termijn van {0} afgehandeld.</source>
        <translation>Term of {0} dealt with.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/shell/unlock.py" line="86"/>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="88"/>
        <source>Typ je wachtwoordzin om je dossiers te openen.</source>
        <translation>Type your passphrase to open your cases.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="94"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="103"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="109"/>
        <source>Ontgrendelen met mijn computerlogin</source>
        <translation>Unlock with my computer login</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="117"/>
        <source>Wachtwoordzin vergeten?</source>
        <translation>Forgot passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="123"/>
        <source>Back-up terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="129"/>
        <source>Kluis: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="172"/>
        <source>Typ eerst je wachtwoordzin.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="175"/>
        <source>Kluis openen… de sleutel wordt afgeleid.</source>
        <translation>Opening the vault… deriving the key.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="186"/>
        <source>Sleutel ophalen uit je computerlogin…</source>
        <translation>Fetching the key from your computer login…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="210"/>
        <source>Wachtwoordzin vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="214"/>
        <source>Met de herstelsleutel van je noodkaart open je de kluis en kies je een nieuwe wachtwoordzin. Je dossiers blijven zoals ze zijn.</source>
        <translation>With the recovery key from your emergency sheet you open the vault and choose a new passphrase. Your cases stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="222"/>
        <source>Herstelsleutel (64 tekens, spaties mogen)</source>
        <translation>Recovery key (64 characters, spaces are fine)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="232"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="243"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="246"/>
        <source>Nieuwe wachtwoordzin instellen</source>
        <translation>Set new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock.py" line="284"/>
        <source>Kluis openen en nieuwe wachtwoordzin vastleggen…</source>
        <translation>Opening the vault and saving the new passphrase…</translation>
    </message>
</context>
<context>
    <name>VaultCare</name>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="200"/>
        <source>Automatische back-up mislukt — je kluis is in orde</source>
        <translation>Automatic backup failed — your vault is fine</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="210"/>
        <source>Automatische back-up gemaakt om {0}</source>
        <translation>Automatic backup made at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="242"/>
        <source>Geen back-ups: kies een map bij Instellingen</source>
        <translation>No backups: choose a folder in Settings</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="248"/>
        <source>Nog geen back-up gemaakt</source>
        <translation>No backup made yet</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="252"/>
        <source>Laatste back-up: {0}</source>
        <translation>Last backup: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="269"/>
        <source>De back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="278"/>
        <source>De back-up van {0} is teruggezet.</source>
        <translation>The backup of {0} was restored.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="282"/>
        <source>Je vorige kluis staat ernaast als {0}.</source>
        <translation>Your previous vault is beside it as {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="286"/>
        <source>Open hem met je herstelsleutel via ‘Wachtwoordzin vergeten?’.</source>
        <translation>Open it with your recovery key via &apos;Forgot passphrase?&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="291"/>
        <source>Open hem met de wachtwoordzin van toen de back-up werd gemaakt.</source>
        <translation>Open it with the passphrase from when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="298"/>
        <source>Terugzetten lukte niet: {0} Je kluis is niet veranderd.</source>
        <translation>Restoring failed: {0} Your vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/features/safekeeping/care.py" line="333"/>
        <source>Open de kluis {0}.</source>
        <translation>Open the vault {0}.</translation>
    </message>
</context>
</TS>
