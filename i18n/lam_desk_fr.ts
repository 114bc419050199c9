<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutTab</name>
    <message>
        <source>LAM Desk {version}

The reception desk of the public digital access points of the Pays Haut Languedoc et Vignobles.

Data folder: {data}
Log folder: {logs}
This desk&apos;s node: {node}</source>
        <translation>LAM Desk {version}

Le logiciel d&apos;accueil des lieux d&apos;accès au numérique du Pays Haut Languedoc et Vignobles.

Dossier des données&#xa0;: {data}
Dossier des journaux&#xa0;: {logs}
Identifiant de ce poste sur le réseau&#xa0;: {node}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>e.g. camille.roux</source>
        <translation>par ex. camille.roux</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de rattachement</translation>
    </message>
    <message>
        <source>Leave the password and PIN empty to keep them.</source>
        <translation>Laissez le mot de passe et le code PIN vides pour les garder.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>First name and family name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation>Mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>Code PIN (facultatif)</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Enter a login name.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <source>The login name must start with a letter and use only lowercase letters, digits, dots, dashes or underscores (2 to 40 characters).</source>
        <translation>L&apos;identifiant doit commencer par une lettre et ne contenir que des minuscules sans accent, des chiffres, des points, des tirets ou des tirets bas (2 à 40 caractères).</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>Le mot de passe doit comporter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Le mot de passe ne doit pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: vary its characters.</source>
        <translation>Ce mot de passe est trop facile à deviner&#xa0;: variez les caractères.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Le code PIN doit comporter de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 0000 or 1234): choose another.</source>
        <translation>Ce code PIN est trop facile à deviner (comme 0000 ou 1234)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The first account must be a coordinator.</source>
        <translation>Le premier compte doit être celui d&apos;un coordinateur.</translation>
    </message>
    <message>
        <source>The login name “{username}” is already taken.</source>
        <translation>L&apos;identifiant «&#xa0;{username}&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>You cannot remove your own coordinator role or deactivate your own account.</source>
        <translation>Vous ne pouvez ni retirer votre propre rôle de coordinateur ni désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Wrong PIN or password.</source>
        <translation>Code PIN ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the coordinator.</source>
        <translation>Ce compte est désactivé. Adressez-vous au coordinateur.</translation>
    </message>
    <message>
        <source>Wrong login name or recovery code.</source>
        <translation>Identifiant ou code de secours incorrect.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for another {minutes} min. You can also use your printed recovery code.</source>
        <translation>Trop d&apos;essais incorrects&#xa0;: ce compte est bloqué encore {minutes}&#xa0;min. Vous pouvez aussi utiliser votre code de secours imprimé.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage staff accounts.</source>
        <translation>Seul un coordinateur peut gérer les comptes du personnel.</translation>
    </message>
    <message>
        <source>The network needs at least one active coordinator.</source>
        <translation>Le réseau doit garder au moins un coordinateur actif.</translation>
    </message>
    <message>
        <source>Choose a site of the network.</source>
        <translation>Choisissez un site du réseau.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de rattachement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Each person at a desk has their own account. A deactivated account can no longer log in; its history is kept.</source>
        <translation>Chaque personne qui tient l&apos;accueil a son propre compte. Un compte désactivé ne peut plus se connecter&#x202f;; son historique est conservé.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nouveau code de secours…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Deactivate the account of {name}? They will no longer be able to log in; the account can be reactivated later.</source>
        <translation>Désactiver le compte de {name}&#x202f;? Cette personne ne pourra plus se connecter&#x202f;; le compte pourra être réactivé plus tard.</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>{name} booked {workstation} on the phone, {start}–{end}. Find their member card (register them first if they are new):</source>
        <translation>{name} a réservé {workstation} par téléphone, de {start} à {end}. Retrouvez sa fiche d&apos;usager (inscrivez d&apos;abord la personne si elle est nouvelle)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record the arrival</source>
        <translation>&amp;Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Member: {name} — card {card}</source>
        <translation>Usager&#xa0;: {name} — carte {card}</translation>
    </message>
    <message>
        <source>Choose the member in the list first.</source>
        <translation>Choisissez d&apos;abord l&apos;usager dans la liste.</translation>
    </message>
    <message>
        <source>Late arrival</source>
        <translation>Arrivée en retard</translation>
    </message>
    <message>
        <source>{name} arrived late ({half}, {start}–{end}). Arrived at:</source>
        <translation>Arrivée en retard de {name} ({half}, {start}–{end}). Heure d&apos;arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Late at this time</source>
        <translation>&amp;Retard à cette heure</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance — {course}</source>
        <translation>Émargement — {course}</translation>
    </message>
    <message>
        <source>Keys: P present · A absent · E excused · R late (asks the time) · T everyone present · arrows to move</source>
        <translation>Touches&#xa0;: P présent · A absent · E excusé · R retard (demande l&apos;heure d&apos;arrivée) · T tous présents · flèches pour se déplacer</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Personne non inscrite…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Attach the signed sheet…</source>
        <translation>Joindre la feuille signée…</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>Feuille signée</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Clôturer la séance…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Personne non inscrite</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Attach the signed sheet</source>
        <translation>Joindre la feuille signée</translation>
    </message>
    <message>
        <source>Open the signed sheet</source>
        <translation>Ouvrir la feuille signée</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clôturer la séance</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Everyone present (T), then correct the exceptions</source>
        <translation>Tous présents (T), puis corrigez les exceptions</translation>
    </message>
    <message>
        <source>{day}, {times} · {site} · trainer: {trainer}</source>
        <translation>{day}, {times} · {site} · formateur&#xa0;: {trainer}</translation>
    </message>
    <message>
        <source>Closed on {day} at {time}: the attendance is locked.</source>
        <translation>Séance clôturée le {day} à {time}&#xa0;: l&apos;émargement est verrouillé.</translation>
    </message>
    <message>
        <source>As coordinator you may correct a box (P, A, E, R) with a reason.</source>
        <translation>En tant que coordinateur, vous pouvez corriger une case (P, A, E, R) en indiquant un motif.</translation>
    </message>
    <message>
        <source>Only a coordinator can correct it, with a reason.</source>
        <translation>Seul un coordinateur peut le corriger, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Signed sheet attached.</source>
        <translation>Feuille signée jointe.</translation>
    </message>
    <message>
        <source>{half}: {present} present, {late} late, {excused} excused, {absent} absent</source>
        <translation>{half} — présents&#xa0;: {present}, en retard&#xa0;: {late}, excusés&#xa0;: {excused}, absents&#xa0;: {absent}</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n stagiaire</numerusform>
            <numerusform>%n stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} attended in all</source>
        <translation>{hours} de présence au total</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) still to mark</source>
        <translation>
            <numerusform>%n case encore à renseigner</numerusform>
            <numerusform>%n cases encore à renseigner</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the site that runs this session marks it.</source>
        <translation>Seul le site qui organise cette séance peut en faire l&apos;émargement.</translation>
    </message>
    <message>
        <source>Everyone not yet marked is present: now correct the exceptions.</source>
        <translation>Toutes les personnes pas encore pointées sont marquées présentes&#xa0;: corrigez maintenant les exceptions.</translation>
    </message>
    <message>
        <source>This session is closed: only a coordinator can correct it, with a reason.</source>
        <translation>Cette séance est clôturée&#xa0;: seul un coordinateur peut corriger l&apos;émargement, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Corrected; the change is kept in the audit trail.</source>
        <translation>Correction enregistrée&#x202f;; elle est conservée dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>{name} added as a walk-in.</source>
        <translation>Personne non inscrite ajoutée&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Mark every box first: {count} still to mark.</source>
        <translation>Saisissez d&apos;abord toutes les cases&#xa0;: il en reste {count}.</translation>
    </message>
    <message>
        <source>This session is not over: it ends at {time}. Close it now anyway? The hours still to come count as marked, and only a coordinator can correct them afterwards.</source>
        <translation>Cette séance n&apos;est pas finie&#xa0;: elle se termine à {time}. La clôturer quand même maintenant&#x202f;? Les heures à venir comptent comme saisies, et seul un coordinateur pourra les corriger ensuite.</translation>
    </message>
    <message>
        <source>Close this session? Its attendance is then locked: only a coordinator can correct it afterwards, with a reason.</source>
        <translation>Clôturer cette séance&#x202f;? Son émargement sera alors verrouillé&#xa0;: seul un coordinateur pourra ensuite le corriger, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Close and lock</source>
        <translation>Clôturer et verrouiller</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Session closed: its attendance is locked. Print the sheet to be signed (Ctrl+P).</source>
        <translation>Séance clôturée&#xa0;: son émargement est verrouillé. Imprimez la feuille à faire signer (Ctrl+P).</translation>
    </message>
    <message>
        <source>A signed sheet is already attached to this session. Replace it with another file? (Ctrl+Shift+O shows the one attached.)</source>
        <translation>Une feuille signée est déjà jointe à cette séance. La remplacer par un autre fichier&#x202f;? (Ctrl+Maj+O affiche celle qui est jointe.)</translation>
    </message>
    <message>
        <source>Replace it…</source>
        <translation>La remplacer…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>The signed attendance sheet, scanned</source>
        <translation>La feuille d&apos;émargement signée, numérisée</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents numérisés (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The signed sheet was attached on another PC: open it there, or attach the scan again here.</source>
        <translation>La feuille signée a été jointe sur un autre PC&#xa0;: ouvrez-la depuis ce PC-là, ou joignez de nouveau le scan ici.</translation>
    </message>
    <message>
        <source>Signed sheet — {course}, {day}</source>
        <translation>Feuille signée — {course}, {day}</translation>
    </message>
    <message>
        <source>The signed sheet is attached to the session.</source>
        <translation>La feuille signée est jointe à la séance.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Learner</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>{name} (walk-in)</source>
        <translation>{name} (sans inscription)</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Attendance sheet {number}</source>
        <translation>Feuille d&apos;émargement {number}</translation>
    </message>
    <message>
        <source>Attendance sheets of {run}</source>
        <translation>Feuilles d&apos;émargement — {run}</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <source>Sheet No.</source>
        <translation>Feuille n°</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>{course} ({hours})</source>
        <translation>{course} ({hours})</translation>
    </message>
    <message>
        <source>Operation No.</source>
        <translation>N° d&apos;opération</translation>
    </message>
    <message>
        <source>not recorded at the desk</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{times} · {hours} in all</source>
        <translation>{times} · {hours} au total</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Each learner signs in person, in ink, in the box of each half-day attended. A box left empty means absent.</source>
        <translation>Chaque stagiaire signe lui-même, à l&apos;encre, dans la case de chaque demi-journée suivie. Une case vide vaut absence.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>FAMILY NAME Given name</source>
        <translation>NOM Prénom</translation>
    </message>
    <message>
        <source>{half_day} {times}</source>
        <translation>{half_day} {times}</translation>
    </message>
    <message>
        <source>Learner&apos;s signature</source>
        <translation>Signature du stagiaire</translation>
    </message>
    <message>
        <source>Walk-in: name in capitals</source>
        <translation>Non inscrit&#xa0;: nom en majuscules</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Learners on the list: {count}</source>
        <translation>Stagiaires sur la liste&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Rows for walk-ins: {count}</source>
        <translation>Lignes pour les non-inscrits&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Rows for learners to write in: {count}</source>
        <translation>Lignes à remplir par les stagiaires&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Présents&#xa0;:</translation>
    </message>
    <message>
        <source>certifies the attendance on this page; at the end of each half-day, strikes through the empty boxes and signs</source>
        <translation>certifie les présences de cette page&#x202f;; à la fin de chaque demi-journée, barre les cases vides et signe</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Signature du formateur</translation>
    </message>
    <message>
        <source>Generated by LAM Desk on {day} at {time} (Paris time)</source>
        <translation>Édité par LAM Desk le {day} à {time} (heure de Paris)</translation>
    </message>
    <message>
        <source>to be kept until 31/12/{year}</source>
        <translation>à conserver jusqu&apos;au 31/12/{year}</translation>
    </message>
    <message>
        <source>Sheet {number} · page {page}/{pages}</source>
        <translation>Feuille {number} · page {page}/{pages}</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256): {hash}</source>
        <translation>Empreinte du contenu (SHA-256)&#xa0;: {hash}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The database failed its integrity check, so no backup was made and the existing backups were kept. Restore the latest good backup.</source>
        <translation>La base de données n&apos;a pas passé le contrôle d&apos;intégrité&#xa0;: aucune sauvegarde n&apos;a été faite et les sauvegardes existantes sont conservées. Restaurez la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>The backup copy failed its check; try again.</source>
        <translation>La copie de sauvegarde n&apos;a pas passé le contrôle&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file {file} is not a sound LAM Desk backup; nothing was changed.</source>
        <translation>Le fichier {file} n&apos;est pas une sauvegarde LAM Desk valide&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>The desk backs up its database every day and keeps the last {keep}. To restore one, close the desk and run “lam-desk restore FILE”, or accept the offer the desk makes at start if its database is damaged.</source>
        <translation>LAM Desk sauvegarde sa base de données chaque jour et garde les {keep} dernières sauvegardes. Pour en restaurer une, fermez LAM Desk et lancez «&#xa0;lam-desk restore FICHIER&#xa0;», ou acceptez la proposition faite au démarrage si la base est endommagée.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>{when} — {size} kB — {file}</source>
        <translation>{when} — {size} ko — {file}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BlockBookingDialog</name>
    <message>
        <source>Block booking</source>
        <translation>Réservation de groupe</translation>
    </message>
    <message>
        <source>e.g. CV workshop, Collège Ferdinand Fabre group</source>
        <translation>par ex. atelier CV, groupe du collège Ferdinand Fabre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Workstations to hold (Space ticks one):</source>
        <translation>Postes à réserver (Espace pour cocher)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Hold these workstations</source>
        <translation>&amp;Réserver ces postes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>depuis {time}</translation>
    </message>
    <message>
        <source>booked at {time}</source>
        <translation>réservé à {time}</translation>
    </message>
    <message>
        <source>booked until {time}</source>
        <translation>réservé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>+{minutes} min</source>
        <translation>+{minutes} min</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>in {wait}</source>
        <translation>dans {wait}</translation>
    </message>
    <message>
        <source>the site is closed</source>
        <translation>le site est fermé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Son quand le temps est écoulé</translation>
    </message>
    <message>
        <source>Check in… (F2)</source>
        <translation>Nouvelle arrivée… (F2)</translation>
    </message>
    <message>
        <source>Seat the first person of the queue (Ctrl+Enter)</source>
        <translation>Installer la première personne de la file d&apos;attente (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Seat… (Enter)</source>
        <translation>Installer… (Entrée)</translation>
    </message>
    <message>
        <source>+15 min (+)</source>
        <translation>+15 min (+)</translation>
    </message>
    <message>
        <source>+30 min (*)</source>
        <translation>+30 min (*)</translation>
    </message>
    <message>
        <source>Move… (M)</source>
        <translation>Déplacer… (M)</translation>
    </message>
    <message>
        <source>End (Del)</source>
        <translation>Libérer (Suppr)</translation>
    </message>
    <message>
        <source>Out of service… (S)</source>
        <translation>Mettre hors service… (S)</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Passages du jour</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Waiting for a workstation</source>
        <translation>En attente d&apos;un poste</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>A quitté la file</translation>
    </message>
    <message>
        <source>Time is up: {list}</source>
        <translation>Temps écoulé&#xa0;: {list}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation>
            <numerusform>%n personne en attente</numerusform>
            <numerusform>%n personnes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;est en attente.</translation>
    </message>
    <message>
        <source>{workstation} is free for {length}: seat {who}, first in the queue (Ctrl+Enter)</source>
        <translation>{workstation} est libre pour {length}&#xa0;: installer {who}, en tête de la file (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) today</source>
        <translation>
            <numerusform>%n personne accueillie aujourd&apos;hui</numerusform>
            <numerusform>%n personnes accueillies aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) open</source>
        <translation>
            <numerusform>%n passage en cours</numerusform>
            <numerusform>%n passages en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>+15 minutes</source>
        <translation>+15 minutes</translation>
    </message>
    <message>
        <source>+30 minutes</source>
        <translation>+30 minutes</translation>
    </message>
    <message>
        <source>Move to another workstation…</source>
        <translation>Changer de poste…</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Seat someone…</source>
        <translation>Installer quelqu&apos;un…</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>Mettre hors service…</translation>
    </message>
    <message>
        <source>Choose a free workstation to seat someone.</source>
        <translation>Choisissez un poste libre pour installer quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Nobody sits at {workstation}.</source>
        <translation>Personne n&apos;est installé sur le {workstation}.</translation>
    </message>
    <message>
        <source>Back in service… (S)</source>
        <translation>Remettre en service… (S)</translation>
    </message>
    <message>
        <source>{who} at {workstation}: until {time} now.</source>
        <translation>{who} sur le {workstation}&#xa0;: désormais jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>End the session of {who} at {workstation}?</source>
        <translation>Terminer la session de {who} sur le {workstation}&#x202f;?</translation>
    </message>
    <message>
        <source>{workstation} is free: {who} has finished.</source>
        <translation>{workstation} est libre&#xa0;: {who} a terminé.</translation>
    </message>
    <message>
        <source>No workstation is free for the queue yet.</source>
        <translation>Aucun poste n&apos;est encore libre pour la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Select the person who left in the queue.</source>
        <translation>Sélectionnez dans la file d&apos;attente la personne qui est partie.</translation>
    </message>
    <message>
        <source>{who} left the queue.</source>
        <translation>{who} a quitté la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation>Sélectionnez d&apos;abord un passage dans la liste.</translation>
    </message>
    <message>
        <source>{who} has left: visit closed.</source>
        <translation>Départ de {who}&#xa0;: passage clos.</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>left at {time}</source>
        <translation>départ à {time}</translation>
    </message>
    <message>
        <source>in the queue</source>
        <translation>dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>à l&apos;accueil</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>around {time}</source>
        <translation>vers {time}</translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation>environ {length}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a workstation</source>
        <translation>Réserver un poste</translation>
    </message>
    <message>
        <source>{label} (out of service)</source>
        <translation>{label} (hors service)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>A &amp;member</source>
        <translation>Un &amp;usager</translation>
    </message>
    <message>
        <source>A name given on the &amp;phone</source>
        <translation>Un nom donné par &amp;téléphone</translation>
    </message>
    <message>
        <source>Nobody chosen yet: type a name or a card number.</source>
        <translation>Aucun usager choisi pour l&apos;instant&#xa0;: saisissez un nom ou un numéro de carte.</translation>
    </message>
    <message>
        <source>The name the person gave, e.g. Mme Durand</source>
        <translation>Le nom donné par la personne, par ex. Mme Durand</translation>
    </message>
    <message>
        <source>The booking is completed with the person&apos;s member card when they arrive.</source>
        <translation>La réservation sera complétée avec la carte d&apos;usager de la personne à son arrivée.</translation>
    </message>
    <message>
        <source>Bookings at this site last {min} to {max} min; a booking nobody claims is released {delay} min after its start.</source>
        <translation>Sur ce site, une réservation dure de {min} à {max} min&#x202f;; si personne ne se présente, elle est libérée {delay} min après son début.</translation>
    </message>
    <message>
        <source>Open that day: {hours}.</source>
        <translation>Ouvert ce jour-là&#xa0;: {hours}.</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>For: {name} — card {card}</source>
        <translation>Pour&#xa0;: {name} — carte {card}</translation>
    </message>
    <message>
        <source>Choose the member in the list (type a name, then Enter).</source>
        <translation>Choisissez l&apos;usager dans la liste (saisissez un nom, puis Entrée).</translation>
    </message>
</context>
<context>
    <name>BookingPaper</name>
    <message>
        <source>Workstation booking</source>
        <translation>Réservation de poste</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Pour&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Member card: {card}</source>
        <translation>Carte d&apos;usager&#xa0;: {card}</translation>
    </message>
    <message>
        <source>Please come on time: if nobody has come {minutes} minutes after the start, the workstation is given to someone else.</source>
        <translation>Merci d&apos;arriver à l&apos;heure&#xa0;: si personne n&apos;est venu {minutes} minutes après le début, le poste est attribué à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Cannot come? Tell the desk, so that someone else can use it.</source>
        <translation>Vous ne pouvez pas venir&#x202f;? Prévenez l&apos;accueil, pour que quelqu&apos;un d&apos;autre puisse en profiter.</translation>
    </message>
    <message>
        <source>Printed on {when}</source>
        <translation>Imprimé le {when}</translation>
    </message>
    <message>
        <source>People to remind</source>
        <translation>Personnes à rappeler</translation>
    </message>
    <message>
        <source>People to remind of their booking — {day}</source>
        <translation>Personnes à qui rappeler leur réservation — {day}</translation>
    </message>
    <message>
        <source>Nobody is booked that day.</source>
        <translation>Aucune réservation ce jour-là.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>booked by phone</source>
        <translation>réservé par téléphone</translation>
    </message>
    <message>
        <source>no phone recorded</source>
        <translation>aucun téléphone enregistré</translation>
    </message>
    <message>
        <source>not kept at this desk</source>
        <translation>non conservé à cet accueil</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>The booking ends before it starts.</source>
        <translation>La réservation se termine avant de commencer.</translation>
    </message>
    <message>
        <source>This time is already past: choose a later start.</source>
        <translation>Cet horaire est déjà passé&#xa0;: choisissez un début plus tardif.</translation>
    </message>
    <message>
        <source>A booking lasts at least {minutes} min at this site.</source>
        <translation>Sur ce site, une réservation dure au moins {minutes} min.</translation>
    </message>
    <message>
        <source>A booking lasts at most {minutes} min at this site.</source>
        <translation>Sur ce site, une réservation dure au plus {minutes} min.</translation>
    </message>
    <message>
        <source>The site is closed that day.</source>
        <translation>Le site est fermé ce jour-là.</translation>
    </message>
    <message>
        <source>The site is closed that day ({reason}).</source>
        <translation>Le site est fermé ce jour-là ({reason}).</translation>
    </message>
    <message>
        <source>The site is not open on that day of the week.</source>
        <translation>Le site n&apos;ouvre pas ce jour de la semaine.</translation>
    </message>
    <message>
        <source>The booking must fit within the opening hours of that day: {hours}.</source>
        <translation>La réservation doit tenir dans les horaires d&apos;ouverture de ce jour&#xa0;: {hours}.</translation>
    </message>
    <message>
        <source>This workstation is already booked from {start} to {end}.</source>
        <translation>Ce poste est déjà réservé de {start} à {end}.</translation>
    </message>
    <message>
        <source>This person already has a booking from {start} to {end}.</source>
        <translation>Cette personne a déjà une réservation de {start} à {end}.</translation>
    </message>
    <message>
        <source>Daily quota reached: {quota} min a day per person, {used} min already booked that day, {left} min left.</source>
        <translation>Quota journalier atteint&#xa0;: {quota} min par jour et par personne&#x202f;; déjà réservé ce jour-là&#xa0;: {used} min&#x202f;; reste&#xa0;: {left} min.</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>Cette réservation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Choose a workstation of this site.</source>
        <translation>Choisissez un poste de ce site.</translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}</source>
        <translation>{workstation} est hors service&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This member is not in the directory any more.</source>
        <translation>Cet usager ne figure plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Choose a member, or type the name the person gave on the phone.</source>
        <translation>Choisissez un usager, ou saisissez le nom que la personne a donné au téléphone.</translation>
    </message>
    <message>
        <source>Type a person&apos;s name (letters, at most {n} characters).</source>
        <translation>Saisissez le nom d&apos;une personne (des lettres, {n} caractères au plus).</translation>
    </message>
    <message>
        <source>This workstation is in use until {time}: book it from then, or choose another workstation.</source>
        <translation>Ce poste est occupé jusqu&apos;à {time}&#xa0;: réservez-le à partir de cette heure, ou choisissez un autre poste.</translation>
    </message>
    <message>
        <source>Give the block booking a label (the workshop, the group).</source>
        <translation>Donnez un intitulé à la réservation de groupe (l&apos;atelier, le groupe).</translation>
    </message>
    <message>
        <source>The label is too long (at most {n} characters).</source>
        <translation>L&apos;intitulé est trop long ({n} caractères au plus).</translation>
    </message>
    <message>
        <source>Choose the workstations to hold.</source>
        <translation>Choisissez les postes à réserver.</translation>
    </message>
    <message>
        <source>{workstation}: {reason}</source>
        <translation>{workstation}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation>Cette réservation est déjà annulée.</translation>
    </message>
    <message>
        <source>The person has already arrived: this booking cannot be cancelled.</source>
        <translation>La personne est déjà arrivée&#xa0;: cette réservation ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>This booking was released as nobody came: there is nothing to cancel.</source>
        <translation>Cette réservation a été libérée car personne n&apos;est venu&#xa0;: il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>A block booking is for a group: record the people at the training session.</source>
        <translation>Une réservation de groupe concerne un groupe&#xa0;: enregistrez les participants sur la séance de formation.</translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation>Cette réservation a été annulée.</translation>
    </message>
    <message>
        <source>The arrival is already recorded.</source>
        <translation>L&apos;arrivée est déjà enregistrée.</translation>
    </message>
    <message>
        <source>This booking was released at {time} as nobody came: seat the person as a walk-in, or book again.</source>
        <translation>Cette réservation a été libérée à {time} car personne n&apos;est venu&#xa0;: installez la personne en accès libre, ou refaites une réservation.</translation>
    </message>
    <message>
        <source>This booking is over: it ended at {time}.</source>
        <translation>Cette réservation est terminée&#xa0;: elle a pris fin à {time}.</translation>
    </message>
    <message>
        <source>This booking starts at {time}: it is too early to record the arrival.</source>
        <translation>Cette réservation commence à {time}&#xa0;: il est trop tôt pour enregistrer l&apos;arrivée.</translation>
    </message>
    <message>
        <source>This booking was made on the phone: find the person&apos;s member card (or register them) to record the arrival.</source>
        <translation>Cette réservation a été prise par téléphone&#xa0;: retrouvez la fiche d&apos;usager de la personne (ou inscrivez-la) pour enregistrer l&apos;arrivée.</translation>
    </message>
    <message>
        <source>This booking is for another member.</source>
        <translation>Cette réservation est au nom d&apos;un autre usager.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Block booking</source>
        <translation>Réservation de groupe</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>Fiche de réservation</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>To remind…</source>
        <translation>À rappeler…</translation>
    </message>
    <message>
        <source>White: open · grey: closed · blue: expected (dashed: booked by phone) · orange: late · green: arrived · red, dashed: no-show · purple: block booking · red line: now</source>
        <translation>Blanc&#xa0;: ouvert · gris&#xa0;: fermé · bleu&#xa0;: attendu (pointillés&#xa0;: réservé par téléphone) · orange&#xa0;: en retard · vert&#xa0;: arrivé · rouge, pointillés&#xa0;: absent · violet&#xa0;: réservation de groupe · trait rouge&#xa0;: maintenant</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Jour ou semaine précédents</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Jour ou semaine suivants</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Vue par jour</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vue par semaine</translation>
    </message>
    <message>
        <source>Print the booking slip</source>
        <translation>Imprimer la fiche de réservation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Semaine du {first} au {last}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Booked: {summary}</source>
        <translation>Réservation enregistrée&#xa0;: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>“{label}”: %n workstation(s) held.</source>
        <translation>
            <numerusform>«&#xa0;{label}&#xa0;»&#xa0;: %n poste réservé.</numerusform>
            <numerusform>«&#xa0;{label}&#xa0;»&#xa0;: %n postes réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has arrived: checked in and seated at {workstation} until {time}.</source>
        <translation>{name} est arrivé(e)&#xa0;: passage enregistré, installé(e) au {workstation} jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>{name} has arrived and is checked in; {workstation} is not free yet: seat them from the Workstations page.</source>
        <translation>{name} est arrivé(e) et son passage est enregistré&#x202f;; le {workstation} n&apos;est pas encore libre&#xa0;: installez la personne depuis la page Postes.</translation>
    </message>
    <message>
        <source>Cancel the block booking “{label}” on every workstation it holds?</source>
        <translation>Annuler la réservation de groupe «&#xa0;{label}&#xa0;» sur tous les postes qu&apos;elle occupe&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel this booking?
{summary}</source>
        <translation>Annuler cette réservation&#x202f;?
{summary}</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n réservation annulée.</numerusform>
            <numerusform>%n réservations annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the booking slip</source>
        <translation>Enregistrer la fiche de réservation</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Save the list of people to remind</source>
        <translation>Enregistrer la liste des personnes à rappeler</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Only a coordinator changes the catalogue: it is shown here to read.</source>
        <translation>Seul un coordinateur modifie le catalogue&#xa0;: il est affiché ici pour lecture.</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>&amp;Nouvelle formation</translation>
    </message>
    <message>
        <source>e.g. CNI</source>
        <translation>par ex. CNI</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Themes, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>e.g. beginner</source>
        <translation>par ex. débutant</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Planned hours</source>
        <translation>Durée &amp;prévue</translation>
    </message>
    <message>
        <source>Empty: it leads to no certificate</source>
        <translation>Vide&#xa0;: elle ne mène à aucune certification</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate</source>
        <translation>Ce&amp;rtification</translation>
    </message>
    <message>
        <source>&amp;Funding line</source>
        <translation>&amp;Financement</translation>
    </message>
    <message>
        <source>Offered at (&amp;sites)</source>
        <translation>Proposée dans (&amp;sites)</translation>
    </message>
    <message>
        <source>No site ticked: every site of the network offers it.</source>
        <translation>Aucun site coché&#xa0;: tous les sites du réseau la proposent.</translation>
    </message>
    <message>
        <source>F&amp;OAD: learners work on their online course, time in and out is recorded</source>
        <translation>F&amp;OAD&#xa0;: les stagiaires suivent leur formation en ligne, les heures d&apos;arrivée et de départ sont enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>No funding line</source>
        <translation>Aucun financement</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Saved: {code}.</source>
        <translation>Enregistré&#xa0;: {code}.</translation>
    </message>
</context>
<context>
    <name>Central</name>
    <message>
        <source>This is not a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>Ce n&apos;est pas une adresse PostgreSQL (postgresql://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>The central store at {where} refused the login {user}: wrong password, or a login that is not allowed to connect.</source>
        <translation>La base centrale ({where}) a refusé l&apos;identifiant {user}&#xa0;: mot de passe incorrect, ou identifiant qui n&apos;a pas le droit de se connecter.</translation>
    </message>
    <message>
        <source>There is no database {database} at {where}.</source>
        <translation>Il n&apos;y a pas de base {database} sur {where}.</translation>
    </message>
    <message>
        <source>The connection to the central store at {where} is not secure or its certificate cannot be verified (check sslmode and sslrootcert).</source>
        <translation>La connexion à la base centrale ({where}) n&apos;est pas sécurisée ou son certificat ne peut pas être vérifié (vérifiez sslmode et sslrootcert).</translation>
    </message>
    <message>
        <source>Cannot reach the central store at {where}.</source>
        <translation>Impossible de joindre la base centrale ({where}).</translation>
    </message>
    <message>
        <source>The central store needs PostgreSQL 14 or later.</source>
        <translation>La base centrale demande PostgreSQL 14 ou plus récent.</translation>
    </message>
    <message>
        <source>The login {user} cannot create roles (CREATEROLE): the central store needs an administrator that can.</source>
        <translation>L&apos;identifiant {user} ne peut pas créer de rôles (CREATEROLE)&#xa0;: la base centrale demande un administrateur qui le peut.</translation>
    </message>
    <message>
        <source>The login {user} does not own the database {database}.</source>
        <translation>L&apos;identifiant {user} n&apos;est pas propriétaire de la base {database}.</translation>
    </message>
    <message>
        <source>The central store is not set up yet: run “central init” first.</source>
        <translation>La base centrale n&apos;est pas encore installée&#xa0;: lancez d&apos;abord «&#xa0;central init&#xa0;».</translation>
    </message>
    <message>
        <source>There is no site {code} in the network ({known}).</source>
        <translation>Il n&apos;y a pas de site {code} dans le réseau ({known}).</translation>
    </message>
    <message>
        <source>Site {code} already has a login ({role}); revoke it first to give it a new password.</source>
        <translation>Le site {code} a déjà un identifiant ({role})&#x202f;; révoquez-le d&apos;abord pour lui donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Site {code} has no active login.</source>
        <translation>Le site {code} n&apos;a pas d&apos;identifiant actif.</translation>
    </message>
    <message>
        <source>Administer the network&apos;s central PostgreSQL store. The administrator&apos;s login needs CREATEROLE and ownership of the database, not superuser rights. Its password comes from the URL, PGPASSWORD or standard input; it is never stored.</source>
        <translation>Administrer la base centrale PostgreSQL du réseau. L&apos;identifiant de l&apos;administrateur doit avoir CREATEROLE et être propriétaire de la base, sans droits de superutilisateur. Son mot de passe vient de l&apos;adresse, de PGPASSWORD ou de l&apos;entrée standard&#x202f;; il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>the central store as a PostgreSQL URL, e.g. postgresql://lam_admin@host/lam_central?sslmode=verify-full (default: the LAM_DESK_CENTRAL_URL variable)</source>
        <translation>la base centrale, sous forme d&apos;adresse PostgreSQL, par ex. postgresql://lam_admin@serveur/lam_central?sslmode=verify-full (par défaut&#xa0;: la variable LAM_DESK_CENTRAL_URL)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>create the central store, or bring it up to date (safe to run again)</source>
        <translation>créer la base centrale, ou la mettre à jour (peut être relancé sans risque)</translation>
    </message>
    <message>
        <source>after restoring the store from a backup (pg_dump/restore, a point in time) or moving it: every desk sends its recent changes again and resyncs</source>
        <translation>après avoir restauré la base depuis une sauvegarde (pg_dump/restore, un point dans le temps) ou l&apos;avoir déplacée&#xa0;: chaque poste renvoie ses modifications récentes et se resynchronise</translation>
    </message>
    <message>
        <source>create the login of a site; its password is shown once, here</source>
        <translation>créer l&apos;identifiant d&apos;un site&#x202f;; son mot de passe est affiché une seule fois, ici</translation>
    </message>
    <message>
        <source>the site&apos;s code, e.g. BED</source>
        <translation>le code du site, par ex. BED</translation>
    </message>
    <message>
        <source>the coordinator&apos;s login: it receives every site&apos;s rows</source>
        <translation>l&apos;identifiant de la coordination&#xa0;: il reçoit les données de tous les sites</translation>
    </message>
    <message>
        <source>revoke the login of a site: it can no longer connect</source>
        <translation>révoquer l&apos;identifiant d&apos;un site&#xa0;: il ne peut plus se connecter</translation>
    </message>
    <message>
        <source>the site&apos;s code</source>
        <translation>le code du site</translation>
    </message>
    <message>
        <source>list the desks with their last push and pull and what waits for them</source>
        <translation>lister les postes avec leur dernier envoi, leur dernière réception et ce qui les attend</translation>
    </message>
    <message>
        <source>Central store ready at {where}: schema version {version}, {entities} synced tables.</source>
        <translation>Base centrale prête ({where})&#xa0;: version du schéma {version}, {entities} tables synchronisées.</translation>
    </message>
    <message>
        <source>New incarnation {incarnation}: each desk sends its recent changes again and resyncs at its next synchronisation.</source>
        <translation>Nouvelle incarnation {incarnation}&#xa0;: chaque poste renverra ses modifications récentes et se resynchronisera à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Site: {code}</source>
        <translation>Site&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Login: {role}</source>
        <translation>Identifiant&#xa0;: {role}</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Mot de passe&#xa0;: {password}</translation>
    </message>
    <message>
        <source>Give this password to the site&apos;s desk now: it is shown only this once.</source>
        <translation>Donnez ce mot de passe au poste d&apos;accueil du site maintenant&#xa0;: il n&apos;est affiché que cette fois.</translation>
    </message>
    <message>
        <source>Login {role} revoked.</source>
        <translation>Identifiant {role} révoqué.</translation>
    </message>
    <message>
        <source>Password of the administrator&apos;s login: </source>
        <translation>Mot de passe de l&apos;administrateur&#xa0;: </translation>
    </message>
    <message>
        <source>Schema version {version}, incarnation {incarnation}.</source>
        <translation>Version du schéma {version}, incarnation {incarnation}.</translation>
    </message>
    <message>
        <source>{changes} changes logged, {conflicts} conflicts recorded.</source>
        <translation>Modifications journalisées&#xa0;: {changes}&#x202f;; conflits enregistrés&#xa0;: {conflicts}.</translation>
    </message>
    <message>
        <source>Pulls are held back: a change committed {minutes} min ago waits behind a transaction still open (see pg_stat_activity; a site&apos;s login ends its own after 60 s idle).</source>
        <translation>Les réceptions sont retenues&#xa0;: une modification validée il y a {minutes} min attend derrière une transaction encore ouverte (voir pg_stat_activity&#x202f;; l&apos;identifiant d&apos;un site termine les siennes après 60 s d&apos;inactivité).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Logins:</source>
        <translation>Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>none yet (central add-site CODE)</source>
        <translation>aucun pour l&apos;instant (central add-site CODE)</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>révoqué le {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>Desks:</source>
        <translation>Postes&#xa0;:</translation>
    </message>
    <message>
        <source>none has synced yet</source>
        <translation>aucun ne s&apos;est encore synchronisé</translation>
    </message>
    <message>
        <source>node | site | last push | last pull | changes waiting</source>
        <translation>poste | site | dernier envoi | dernière réception | modifications en attente</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Attestation de fin de formation</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation d&apos;assiduité</translation>
    </message>
    <message>
        <source>{rate}%</source>
        <translation>{rate}&#xa0;%</translation>
    </message>
    <message>
        <source>Course preparing for: {certificate}</source>
        <translation>Formation préparant à la certification&#xa0;: {certificate}</translation>
    </message>
    <message>
        <source>Hours and rate as recorded in the locked attendance of the run&apos;s sessions, whose signed attendance sheets are kept by the site.</source>
        <translation>Heures et taux tels qu&apos;enregistrés dans les émargements verrouillés des séances de la session, dont les feuilles d&apos;émargement signées sont conservées par le site.</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Référence {reference}</translation>
    </message>
    <message>
        <source>The undersigned, {signatory}, for {site}, certifies that</source>
        <translation>Je soussigné(e), {signatory} ({site}), atteste que</translation>
    </message>
    <message>
        <source>born in {year}</source>
        <translation>né(e) en {year}</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>a suivi la formation jusqu&apos;à son terme</translation>
    </message>
    <message>
        <source>has attended the course</source>
        <translation>a suivi la formation</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>{when}, at {site}</source>
        <translation>{when}, {site}</translation>
    </message>
    <message>
        <source>hours attended</source>
        <translation>heures suivies</translation>
    </message>
    <message>
        <source>hours planned</source>
        <translation>heures prévues</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>taux d&apos;assiduité</translation>
    </message>
    <message>
        <source>Training funded by {funder} — {title}.</source>
        <translation>Financement de la formation&#xa0;: {funder} — {title}.</translation>
    </message>
    <message>
        <source>Operation No. {number}.</source>
        <translation>Opération n° {number}.</translation>
    </message>
    <message>
        <source>Made at {place}, on {day}</source>
        <translation>Fait à {place}, le {day}</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Fait le {day}</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature et cachet</translation>
    </message>
    <message>
        <source>Generated by LAM Desk on {day} at {time} (Paris time) · reference {reference}</source>
        <translation>Édité par LAM Desk le {day} à {time} (heure de Paris) · référence {reference}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Type a name, a card number or a phone, then Enter.</source>
        <translation>Saisissez un nom, un numéro de carte ou de téléphone, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un usager</translation>
    </message>
    <message>
        <source>How many people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>{low} years and over</source>
        <translation>{low} ans et plus</translation>
    </message>
    <message>
        <source>{low} to {high} years</source>
        <translation>{low} à {high} ans</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <source>Why they came (one or more)</source>
        <translation>Motif de la venue (un ou plusieurs)</translation>
    </message>
    <message>
        <source>Loading the reasons…</source>
        <translation>Chargement des motifs…</translation>
    </message>
    <message>
        <source>&amp;Needs a workstation (seated at the first free one, or put in the queue)</source>
        <translation>&amp;Besoin d&apos;un poste (installation sur le premier poste libre, sinon file d&apos;attente)</translation>
    </message>
    <message>
        <source>Checking in {name} ({card}).</source>
        <translation>Arrivée de {name} ({card}).</translation>
    </message>
    <message>
        <source>Find the member first, or use the Anonymous tab.</source>
        <translation>Recherchez d&apos;abord l&apos;usager, ou utilisez l&apos;onglet Anonymes.</translation>
    </message>
    <message>
        <source>{who} checked in.</source>
        <translation>{who}&#xa0;: arrivée enregistrée.</translation>
    </message>
    <message>
        <source>{who} checked in and seated at {workstation} until {time}.</source>
        <translation>{who}&#xa0;: arrivée enregistrée, installé(e) sur le {workstation} jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>{who} checked in and waits in the queue.</source>
        <translation>{who}&#xa0;: arrivée enregistrée, en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>&amp;Print the tally…</source>
        <translation>&amp;Imprimer le bilan…</translation>
    </message>
    <message>
        <source>Print the day&apos;s tally (Ctrl+P)</source>
        <translation>Imprimer le bilan du jour (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The day&apos;s tally</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Counting the day…</source>
        <translation>Calcul du bilan du jour…</translation>
    </message>
    <message>
        <source>Looking at what is still open…</source>
        <translation>Recherche de ce qui est encore ouvert…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>At the clôture</source>
        <translation>À la clôture</translation>
    </message>
    <message>
        <source>Closing ends every session and visit still open now, releases the bookings nobody claimed as no-shows, records that you closed the day, shows the day&apos;s tally and makes a backup. Enter closes the day; Escape leaves it as it is.</source>
        <translation>La clôture termine toutes les sessions et tous les passages encore ouverts, libère les réservations non honorées en les comptant comme absences, enregistre que vous avez clôturé la journée, affiche le bilan du jour et fait une sauvegarde. Entrée clôture la journée&#x202f;; Échap la laisse telle quelle.</translation>
    </message>
    <message>
        <source>Close the day — {day}</source>
        <translation>Clôturer la journée — {day}</translation>
    </message>
    <message>
        <source>The day was already closed at {time} by {name}. Closing again ends what was opened since and counts the day again.</source>
        <translation>La journée a déjà été clôturée à {time} par {name}. Clôturer à nouveau termine ce qui a été ouvert depuis et refait le bilan de la journée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to end</source>
        <translation>
            <numerusform>%n session à terminer</numerusform>
            <numerusform>%n sessions à terminer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to close</source>
        <translation>
            <numerusform>%n passage à clore</numerusform>
            <numerusform>%n passages à clore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) to release as no-shows</source>
        <translation>
            <numerusform>%n réservation à libérer pour absence</numerusform>
            <numerusform>%n réservations à libérer pour absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) still running</source>
        <translation>
            <numerusform>%n horaire FOAD encore ouvert</numerusform>
            <numerusform>%n horaires FOAD encore ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: closing records the day and counts it.</source>
        <translation>Rien n&apos;est ouvert&#xa0;: la clôture enregistre la journée et en fait le bilan.</translation>
    </message>
    <message>
        <source>Booked later today, left as they are: {list}. Cancel them from Bookings if the site closes early.</source>
        <translation>Réservations à venir aujourd&apos;hui, laissées telles quelles&#xa0;: {list}. Annulez-les depuis Réservations si le site ferme plus tôt.</translation>
    </message>
    <message>
        <source>Earlier days left {visits} visit(s), {uses} session(s) and {bookings} booking(s) open: they are closed too, each at its last known moment.</source>
        <translation>Restés ouverts les jours précédents — passages&#xa0;: {visits}&#x202f;; sessions&#xa0;: {uses}&#x202f;; réservations&#xa0;: {bookings}. Ils sont clos eux aussi, chacun au dernier moment connu.</translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) of earlier days end with no hours, until corrected.</source>
        <translation>
            <numerusform>%n horaire FOAD d&apos;un jour précédent se termine sans heure, jusqu&apos;à correction.</numerusform>
            <numerusform>%n horaires FOAD de jours précédents se terminent sans heure, jusqu&apos;à correction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session at {workstation}</source>
        <translation>Session sur le {workstation}</translation>
    </message>
    <message>
        <source>ends now (planned until {time})</source>
        <translation>se termine maintenant (prévue jusqu&apos;à {time})</translation>
    </message>
    <message>
        <source>ends at {time}, its planned end</source>
        <translation>se termine à {time}, fin prévue</translation>
    </message>
    <message>
        <source>closes now; leaves the queue</source>
        <translation>clos maintenant&#x202f;; sort de la file d&apos;attente</translation>
    </message>
    <message>
        <source>closes now (seated at {workstation})</source>
        <translation>clos maintenant (sur le {workstation})</translation>
    </message>
    <message>
        <source>closes now</source>
        <translation>clos maintenant</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Booking at {workstation}, {start}–{end}</source>
        <translation>Réservation sur le {workstation}, {start}–{end}</translation>
    </message>
    <message>
        <source>released: nobody came</source>
        <translation>libérée&#xa0;: personne n&apos;est venu</translation>
    </message>
    <message>
        <source>Distance learning (FOAD)</source>
        <translation>Formation à distance (FOAD)</translation>
    </message>
    <message>
        <source>no hours until corrected: press Departure before closing</source>
        <translation>notez d&apos;abord le départ, sinon aucune heure</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the day&apos;s tally</source>
        <translation>Enregistrer le bilan du jour</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>ComingPages</name>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>The live board of the site&apos;s public workstations.</source>
        <translation>Le tableau en direct des postes publics du site.</translation>
    </message>
    <message>
        <source>free, in use (who, since when, time left), booked next, out of service</source>
        <translation>libre, occupé (par qui, depuis quand, temps restant), réservé ensuite, hors service</translation>
    </message>
    <message>
        <source>seat a person or an anonymous ticket in two keystrokes; extend, move, end</source>
        <translation>installer une personne ou un ticket anonyme en deux touches&#x202f;; prolonger, changer de poste, terminer</translation>
    </message>
    <message>
        <source>an alert when time is up, and the walk-in queue</source>
        <translation>une alerte quand le temps est écoulé, et la file d&apos;attente</translation>
    </message>
    <message>
        <source>This page arrives with the desk&apos;s day (check-in and workstations). Nothing is missing from your data: there is simply nothing to show here yet.</source>
        <translation>Cette page arrive avec la gestion de la journée (accueil et postes). Rien ne manque dans vos données&#xa0;: il n&apos;y a simplement encore rien à afficher ici.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Workstations booked ahead, by day and by week.</source>
        <translation>Les postes réservés à l&apos;avance, par jour et par semaine.</translation>
    </message>
    <message>
        <source>book a workstation for a member, or by phone for someone not yet registered</source>
        <translation>réserver un poste pour un usager, ou par téléphone pour une personne pas encore inscrite</translation>
    </message>
    <message>
        <source>opening hours, closures, quotas and no-shows checked for you</source>
        <translation>horaires d&apos;ouverture, fermetures, quotas et absences vérifiés pour vous</translation>
    </message>
    <message>
        <source>tomorrow&apos;s bookings as a list of people to remind</source>
        <translation>les réservations du lendemain en liste de personnes à rappeler</translation>
    </message>
    <message>
        <source>This page arrives with the desk&apos;s day (bookings).</source>
        <translation>Cette page arrive avec la gestion de la journée (réservations).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Courses, sessions, enrolments and attendance.</source>
        <translation>Formations, séances, inscriptions et émargement.</translation>
    </message>
    <message>
        <source>CNI internet certificate, university certificate, FOAD, job-search and seniors&apos; workshops</source>
        <translation>certificat de navigation sur Internet (CNI), certificat universitaire, FOAD, ateliers de recherche d&apos;emploi et ateliers seniors</translation>
    </message>
    <message>
        <source>enrolments with a waitlist, attendance per half-day</source>
        <translation>inscriptions avec liste d&apos;attente, émargement par demi-journée</translation>
    </message>
    <message>
        <source>attendance sheets and certificates that funders accept</source>
        <translation>feuilles d&apos;émargement et attestations acceptées par les financeurs</translation>
    </message>
    <message>
        <source>This page arrives with training management.</source>
        <translation>Cette page arrive avec la gestion des formations.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The network&apos;s common calendar of events.</source>
        <translation>Le calendrier commun des manifestations du réseau.</translation>
    </message>
    <message>
        <source>Fête de l&apos;Internet, Semaine bleue and the sites&apos; own events</source>
        <translation>Fête de l&apos;Internet, Semaine bleue et manifestations propres à chaque site</translation>
    </message>
    <message>
        <source>the catalogue of digital services offered on the territory</source>
        <translation>le catalogue des services numériques proposés sur le territoire</translation>
    </message>
    <message>
        <source>This page arrives with the common calendar, after network synchronisation.</source>
        <translation>Cette page arrive avec le calendrier commun, après la synchronisation du réseau.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>The site&apos;s and the network&apos;s activity, for the funders.</source>
        <translation>L&apos;activité du site et du réseau, pour les financeurs.</translation>
    </message>
    <message>
        <source>visits, workstation hours and training hours by period</source>
        <translation>passages, heures d&apos;utilisation des postes et heures de formation par période</translation>
    </message>
    <message>
        <source>age bands, communes and statuses as they were on the day</source>
        <translation>tranches d&apos;âge, communes et situations telles qu&apos;elles étaient le jour même</translation>
    </message>
    <message>
        <source>the activity report for FEDER, State, Région and Département</source>
        <translation>le bilan d&apos;activité pour le FEDER, l&apos;État, la Région et le Département</translation>
    </message>
    <message>
        <source>This page arrives with activity reports, once visits and training are recorded.</source>
        <translation>Cette page arrive avec les bilans d&apos;activité, une fois les passages et les formations enregistrés.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Synchronise with the network&apos;s central store.</source>
        <translation>Synchronise avec la base centrale du réseau.</translation>
    </message>
    <message>
        <source>Run one synchronisation cycle with the central store: send this desk&apos;s changes, receive the network&apos;s. The site&apos;s password is read from the environment variable {variable}, or else from standard input; it is never stored.</source>
        <translation>Lancer un cycle de synchronisation avec la base centrale&#xa0;: envoyer les modifications de ce poste, recevoir celles du réseau. Le mot de passe du site est lu dans la variable d&apos;environnement {variable}, sinon sur l&apos;entrée standard&#x202f;; il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>one cycle, then stop (the desk itself syncs continuously)</source>
        <translation>un seul cycle, puis arrêt (le poste d&apos;accueil, lui, synchronise en continu)</translation>
    </message>
    <message>
        <source>the central store, postgresql://lam_site_CODE@HOST/DATABASE?sslmode=verify-full (default: the one this desk used last)</source>
        <translation>la base centrale, postgresql://lam_site_CODE@SERVEUR/BASE?sslmode=verify-full (par défaut&#xa0;: celle utilisée la dernière fois par ce poste)</translation>
    </message>
    <message>
        <source>Administer the central store: init, add-site, status, revoke.</source>
        <translation>Administre la base centrale&#xa0;: init, add-site, status, revoke.</translation>
    </message>
    <message>
        <source>Import members from a spreadsheet (CSV).</source>
        <translation>Importe des usagers depuis un tableur (CSV).</translation>
    </message>
    <message>
        <source>member management and the desk&apos;s day</source>
        <translation>la gestion des usagers et de la journée</translation>
    </message>
    <message>
        <source>Export data (members, activity).</source>
        <translation>Exporte des données (usagers, activité).</translation>
    </message>
    <message>
        <source>List the training sessions of the network (or of one site) between two days: course, run, site, day, times, capacity, enrolled and waiting, closed or not. Without --from and --to: from today, for {weeks} weeks.</source>
        <translation>Lister les séances de formation du réseau (ou d&apos;un site) entre deux dates&#xa0;: formation, session, site, jour, horaires, capacité, inscrits et personnes en attente, clôturée ou non. Sans --from ni --to&#xa0;: à partir d&apos;aujourd&apos;hui, sur {weeks} semaines.</translation>
    </message>
    <message>
        <source>one JSON list of objects, for other programs</source>
        <translation>une liste JSON d&apos;objets, pour d&apos;autres programmes</translation>
    </message>
    <message>
        <source>with each session, its run&apos;s enrolments (ids for print certificate --enrolment)</source>
        <translation>avec chaque séance, les inscriptions de sa session (identifiants pour print certificate --enrolment)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>only the sessions of this site (BED, LUN…)</source>
        <translation>seulement les séances de ce site (BED, LUN…)</translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation>premier jour (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>dernier jour, inclus</translation>
    </message>
    <message>
        <source>Print attendance sheets and certificates to PDF.</source>
        <translation>Imprime en PDF les feuilles d&apos;émargement et les attestations.</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>the attendance sheet of a session, or of every session of a run</source>
        <translation>la feuille d&apos;émargement d&apos;une séance, ou de chaque séance d&apos;une session</translation>
    </message>
    <message>
        <source>the session&apos;s id</source>
        <translation>l&apos;identifiant de la séance</translation>
    </message>
    <message>
        <source>a run&apos;s id: one sheet per session</source>
        <translation>l&apos;identifiant d&apos;une session&#xa0;: une feuille par séance</translation>
    </message>
    <message>
        <source>no names: every row left for the learners to write in</source>
        <translation>sans noms&#xa0;: toutes les lignes restent à remplir par les stagiaires</translation>
    </message>
    <message>
        <source>a learner&apos;s certificate, from locked attendance</source>
        <translation>l&apos;attestation d&apos;un stagiaire, d&apos;après les émargements verrouillés</translation>
    </message>
    <message>
        <source>the enrolment&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;inscription</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à créer</translation>
    </message>
    <message>
        <source>a date such as 2026-03-09, not {text}</source>
        <translation>une date comme 2026-03-09, et non {text}</translation>
    </message>
    <message>
        <source>No site has the code {code}: use one of {codes}.</source>
        <translation>Aucun site n&apos;a le code {code}&#x202f;; codes possibles&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>--to must not come before --from.</source>
        <translation>--to ne doit pas précéder --from.</translation>
    </message>
    <message>
        <source>No training session in these days.</source>
        <translation>Aucune séance de formation sur cette période.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>waitlist no. {n}</source>
        <translation>liste d&apos;attente n° {n}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>Cannot write {file}: give a file in a folder that exists.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: indiquez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>Cannot write {file}.</source>
        <translation>Impossible d&apos;écrire {file}.</translation>
    </message>
    <message>
        <source>This run has no session yet: no sheet to print.</source>
        <translation>Cette session n&apos;a encore aucune séance&#xa0;: aucune feuille à imprimer.</translation>
    </message>
    <message>
        <source>Written: {file} (sheet {numbers}, pages: {pages}).</source>
        <translation>Écrit&#xa0;: {file} (feuille n° {numbers}, pages&#xa0;: {pages}).</translation>
    </message>
    <message>
        <source>Written: {file} (certificate {reference}).</source>
        <translation>Écrit&#xa0;: {file} (attestation {reference}).</translation>
    </message>
    <message>
        <source>List training sessions (--json).</source>
        <translation>Liste les séances de formation (--json).</translation>
    </message>
    <message>
        <source>Import members from a spreadsheet saved as CSV (“;” or “,” separator, UTF-8 or Windows-1252, dates as dd/mm/yyyy, French column names such as Nom, Prénom, Date de naissance, Commune, Code postal, Téléphone, Courriel, Situation, Sexe). Each line is created, matched to a member already registered, or refused with its reason. All or nothing: one refused line and nothing is imported, unless --valid-only is given.</source>
        <translation>Importer des usagers depuis un tableur enregistré en CSV (séparateur «&#x202f;;&#xa0;» ou «&#xa0;,&#xa0;», UTF-8 ou Windows-1252, dates au format jj/mm/aaaa, noms de colonnes en français comme Nom, Prénom, Date de naissance, Commune, Code postal, Téléphone, Courriel, Situation, Sexe). Chaque ligne est créée, rapprochée d&apos;un usager déjà inscrit, ou refusée avec son motif. Tout ou rien&#xa0;: une seule ligne refusée et rien n&apos;est importé, sauf avec --valid-only.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>members, from a CSV file</source>
        <translation>les usagers, depuis un fichier CSV</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>say what would be created, matched and refused; write nothing</source>
        <translation>indique ce qui serait créé, rapproché ou refusé&#x202f;; n&apos;écrit rien</translation>
    </message>
    <message>
        <source>import the valid lines and leave the refused ones out</source>
        <translation>importe les lignes valides et laisse de côté les lignes refusées</translation>
    </message>
    <message>
        <source>Export or erase everything about a member.</source>
        <translation>Exporte ou efface toutes les données d&apos;un usager.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>write everything about a member as JSON and PDF</source>
        <translation>écrit toutes les données d&apos;un usager en JSON et en PDF</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>USAGER</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>folder to write the two files into</source>
        <translation>dossier où écrire les deux fichiers</translation>
    </message>
    <message>
        <source>erase a member (asks to confirm)</source>
        <translation>efface un usager (demande confirmation)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne demande pas de confirmation</translation>
    </message>
    <message>
        <source>Purge members inactive for too long (--dry-run first).</source>
        <translation>Supprime les usagers inactifs depuis trop longtemps (d&apos;abord avec --dry-run).</translation>
    </message>
    <message>
        <source>Erase the members of this desk&apos;s sites with no visit, booking, enrolment or attendance, and not registered, for the given number of years. Run it with --dry-run first to see who goes. Activity kept only at other sites&apos; desks is not seen here: run it on the coordinator&apos;s desk for the whole network.</source>
        <translation>Effacer les usagers des sites de ce poste qui n&apos;ont eu ni passage, ni réservation, ni inscription, ni émargement, et n&apos;ont pas été enregistrés, depuis le nombre d&apos;années indiqué. Lancez d&apos;abord la commande avec --dry-run pour voir qui serait effacé. L&apos;activité enregistrée uniquement sur les postes d&apos;autres sites n&apos;est pas visible ici&#xa0;: lancez la commande sur le poste du coordinateur pour tout le réseau.</translation>
    </message>
    <message>
        <source>list who would be erased; erase nobody</source>
        <translation>liste les usagers qui seraient effacés&#x202f;; n&apos;efface personne</translation>
    </message>
    <message>
        <source>inactive for N years (default: 3)</source>
        <translation>inactifs depuis N années (par défaut&#xa0;: 3)</translation>
    </message>
    <message>
        <source>the member&apos;s card number (BED-…) or id</source>
        <translation>le numéro de carte de l&apos;usager (BED-…) ou son identifiant</translation>
    </message>
    <message>
        <source>This desk has no site yet: open the desk to set it up.</source>
        <translation>Ce poste n&apos;a pas encore de site&#xa0;: ouvrez LAM Desk pour le configurer.</translation>
    </message>
    <message>
        <source>Nothing was done: confirm with --yes (no one can answer here).</source>
        <translation>Rien n&apos;a été fait&#xa0;: confirmez avec --yes (personne ne peut répondre ici).</translation>
    </message>
    <message>
        <source>[type yes to confirm] </source>
        <translation>[tapez oui pour confirmer] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>File {file}: {encoding}, separator “{separator}”.</source>
        <translation>Fichier {file}&#xa0;: {encoding}, séparateur «&#xa0;{separator}&#xa0;».</translation>
    </message>
    <message>
        <source>Columns left out: {columns}.</source>
        <translation>Colonnes ignorées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>rapproché</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>already registered: {card}</source>
        <translation>déjà inscrit&#xa0;: {card}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>{created} created, {matched} matched, {refused} refused.</source>
        <translation>Créés&#xa0;: {created}&#x202f;; rapprochés&#xa0;: {matched}&#x202f;; refusés&#xa0;: {refused}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Écrit&#xa0;: {file}</translation>
    </message>
    <message>
        <source>This member was erased or merged already.</source>
        <translation>Cet usager a déjà été effacé ou fusionné.</translation>
    </message>
    <message>
        <source>Erase {name}, card {card}? Their card and contact are wiped on every desk; visits stay in the statistics without their name. This cannot be undone.</source>
        <translation>Effacer {name}, carte {card}&#x202f;? Sa carte et ses coordonnées sont effacées sur tous les postes&#x202f;; ses passages restent dans les statistiques, sans son nom. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Member {card} erased.</source>
        <translation>Usager {card} effacé.</translation>
    </message>
    <message>
        <source>Their name stays, restricted, on the attendance of funded training until {day}.</source>
        <translation>Son nom reste, en accès restreint, sur les feuilles d&apos;émargement des formations financées jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Dry run: nobody was erased.</source>
        <translation>Simulation&#xa0;: personne n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Erase these members ({count})?</source>
        <translation>Effacer ces usagers ({count})&#x202f;?</translation>
    </message>
    <message>
        <source>Members erased: {count}.</source>
        <translation>Usagers effacés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Members with no activity since {day} ({years} years): {count}.</source>
        <translation>Usagers sans activité depuis le {day} ({years} ans)&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Erased members whose funded training need not be kept any longer (their names go too): {count}.</source>
        <translation>Usagers effacés dont les formations financées n&apos;ont plus à être conservées (leur nom part aussi)&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>last seen {day}</source>
        <translation>dernière activité le {day}</translation>
    </message>
    <message>
        <source>see “{command} --help”</source>
        <translation>voir «&#xa0;{command} --help&#xa0;»</translation>
    </message>
    <message>
        <source>data folder of the desk (default: the user&apos;s data folder)</source>
        <translation>dossier des données (par défaut&#xa0;: le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>LAM Desk, the reception desk of the network&apos;s public digital access points. With no command, opens the desk.</source>
        <translation>LAM Desk, le logiciel d&apos;accueil des lieux d&apos;accès au numérique du réseau. Sans commande, ouvre l&apos;accueil.</translation>
    </message>
    <message>
        <source>open the desk on the demo network, in its own data folder (never syncs)</source>
        <translation>ouvre l&apos;accueil sur le réseau de démonstration, dans son propre dossier (jamais synchronisé)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>check this installation: database, PDF, translations, keyring</source>
        <translation>vérifie cette installation&#xa0;: base de données, PDF, traductions, trousseau</translation>
    </message>
    <message>
        <source>back up the database now (the desk may stay open)</source>
        <translation>sauvegarde la base de données maintenant (l&apos;accueil peut rester ouvert)</translation>
    </message>
    <message>
        <source>replace the database with a backup file</source>
        <translation>remplace la base de données par une sauvegarde</translation>
    </message>
    <message>
        <source>a backup file</source>
        <translation>un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>liste les sauvegardes, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>“{command}” is not available yet: it comes with {part}.</source>
        <translation>«&#xa0;{command}&#xa0;» n&apos;est pas encore disponible&#xa0;: cette commande arrive avec {part}.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation>Erreur inattendue ({kind})&#x202f;; consultez le journal.</translation>
    </message>
    <message>
        <source>There is no database in {folder} yet.</source>
        <translation>Il n&apos;y a pas encore de base de données dans {folder}.</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translation>Sauvegarde écrite&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Database restored from {file}.</source>
        <translation>Base de données restaurée depuis {file}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {file}.</source>
        <translation>L&apos;ancienne base de données est conservée sous {file}.</translation>
    </message>
    <message>
        <source>write the demo network&apos;s database without opening a window (default: into the demo desk&apos;s data folder)</source>
        <translation>crée la base du réseau de démonstration sans ouvrir de fenêtre (par défaut&#xa0;: dans le dossier de l&apos;accueil de démonstration)</translation>
    </message>
    <message>
        <source>how many members (default: 400)</source>
        <translation>nombre d&apos;usagers (par défaut&#xa0;: 400)</translation>
    </message>
    <message>
        <source>how many days of activity, ending today (default: 30)</source>
        <translation>nombre de jours d&apos;activité, jusqu&apos;à aujourd&apos;hui (par défaut&#xa0;: 30)</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Plages d&apos;ouverture</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Member contacts</source>
        <translation>Coordonnées d&apos;usagers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Workstation uses</source>
        <translation>Utilisations de postes</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Queue entries</source>
        <translation>Entrées dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Course runs</source>
        <translation>Sessions de formation</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <source>Service offers</source>
        <translation>Services proposés</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Demo network written to {file} in {seconds} s.</source>
        <translation>Réseau de démonstration créé dans {file} en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <source>Postal code or name of the commune</source>
        <translation>Code postal ou nom de la commune</translation>
    </message>
    <message>
        <source>department {code}</source>
        <translation>département {code}</translation>
    </message>
    <message>
        <source>No commune found: check the spelling or the code.</source>
        <translation>Aucune commune trouvée&#xa0;: vérifiez l&apos;orthographe ou le code postal.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The first coordinator account</source>
        <translation>Le premier compte coordinateur</translation>
    </message>
    <message>
        <source>This account manages the other staff accounts and the desk&apos;s settings. Animators&apos; accounts are created from it afterwards, in Settings.</source>
        <translation>Ce compte gère les autres comptes du personnel et les réglages. Les comptes des animateurs se créent ensuite depuis ce compte, dans Réglages.</translation>
    </message>
    <message>
        <source>e.g. coordination</source>
        <translation>par ex. coordination</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a closed session</source>
        <translation>Corriger une séance clôturée</translation>
    </message>
    <message>
        <source>This session is closed. The correction is kept with your name, the old state and your reason.</source>
        <translation>Cette séance est clôturée. La correction est conservée avec votre nom, l&apos;état précédent et votre motif.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>État précédent</translation>
    </message>
    <message>
        <source>e.g. signed the paper sheet, marked absent by mistake</source>
        <translation>par ex. a signé la feuille papier, marqué absent par erreur</translation>
    </message>
    <message>
        <source>&amp;Becomes</source>
        <translation>&amp;Nouvel état</translation>
    </message>
    <message>
        <source>A&amp;rrived at</source>
        <translation>Heure d&apos;&amp;arrivée</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Say why the attendance is corrected.</source>
        <translation>Indiquez pourquoi l&apos;émargement est corrigé.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). What you were doing may not have been saved; the desk keeps running.</source>
        <translation>Un problème est survenu ({kind}). Ce que vous faisiez n&apos;a peut-être pas été enregistré&#x202f;; LAM Desk continue de fonctionner.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Le détail se trouve dans le journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>DayTally</name>
    <message>
        <source>Age not given</source>
        <translation>Âge non renseigné</translation>
    </message>
    <message>
        <source>{low} and over</source>
        <translation>{low} ans et plus</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high} ans</translation>
    </message>
</context>
<context>
    <name>DayTallyPaper</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Day&apos;s tally</source>
        <translation>Bilan de la journée</translation>
    </message>
    <message>
        <source>Day closed at {time} by {name}.</source>
        <translation>Journée clôturée à {time} par {name}.</translation>
    </message>
    <message>
        <source>Counted at {time}; the day is not closed.</source>
        <translation>Bilan établi à {time}&#x202f;; la journée n&apos;est pas clôturée.</translation>
    </message>
    <message>
        <source>Day&apos;s tally — {day}</source>
        <translation>Bilan de la journée — {day}</translation>
    </message>
    <message>
        <source>Printed on {when}.</source>
        <translation>Imprimé le {when}.</translation>
    </message>
    <message>
        <source>Visits by purpose</source>
        <translation>Passages par motif</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>A visit may have several purposes: their lines add up to more than the people.</source>
        <translation>Un passage peut avoir plusieurs motifs&#xa0;: le total des lignes peut dépasser le nombre de personnes.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>People by age and gender</source>
        <translation>Personnes par âge et par genre</translation>
    </message>
    <message>
        <source>As each person was on the day; anonymous visitors as the desk counted them.</source>
        <translation>Selon la situation de chaque personne le jour même&#x202f;; les visiteurs anonymes tels que l&apos;accueil les a comptés.</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Bookings and the queue</source>
        <translation>Réservations et file d&apos;attente</translation>
    </message>
    <message>
        <source>people welcomed</source>
        <translation>personnes accueillies</translation>
    </message>
    <message>
        <source>{members} members, {anonymous} anonymous</source>
        <translation>usagers inscrits&#xa0;: {members}&#x202f;; anonymes&#xa0;: {anonymous}</translation>
    </message>
    <message>
        <source>at the workstations</source>
        <translation>sur les postes</translation>
    </message>
    <message>
        <source>sessions: {count}</source>
        <translation>sessions&#xa0;: {count}</translation>
    </message>
    <message>
        <source>no-shows: {count}</source>
        <translation>absences&#xa0;: {count}</translation>
    </message>
    <message>
        <source>left without a workstation: {count}</source>
        <translation>repartis sans poste&#xa0;: {count}</translation>
    </message>
    <message>
        <source>bookings honoured</source>
        <translation>réservations honorées</translation>
    </message>
    <message>
        <source>in the queue</source>
        <translation>dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Time in use</source>
        <translation>Durée d&apos;utilisation</translation>
    </message>
    <message>
        <source>All workstations</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Honoured</source>
        <translation>Honorées</translation>
    </message>
    <message>
        <source>No-shows (nobody came)</source>
        <translation>Absences (personne n&apos;est venu)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Encore à venir</translation>
    </message>
    <message>
        <source>Held for workshops and groups</source>
        <translation>Bloquées pour ateliers et groupes</translation>
    </message>
    <message>
        <source>Walk-in queue</source>
        <translation>File d&apos;attente sans réservation</translation>
    </message>
    <message>
        <source>Joined the queue</source>
        <translation>Entrées dans la file</translation>
    </message>
    <message>
        <source>Seated from the queue</source>
        <translation>Installées depuis la file</translation>
    </message>
    <message>
        <source>Left without a workstation</source>
        <translation>Parties sans poste</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Encore en attente</translation>
    </message>
</context>
<context>
    <name>DayTimelineView</name>
    <message>
        <source>Bookings of the day</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>{label} (out of service)</source>
        <translation>{label} (hors service)</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>Fermé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Closed on this day of the week</source>
        <translation>Fermé ce jour de la semaine</translation>
    </message>
    <message>
        <source>This site has no workstation yet.</source>
        <translation>Ce site n&apos;a pas encore de poste.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No-show: {name}</source>
        <translation>Absent&#xa0;: {name}</translation>
    </message>
    <message>
        <source>✓ {name}</source>
        <translation>✓ {name}</translation>
    </message>
    <message>
        <source>Late: {name}</source>
        <translation>En retard&#xa0;: {name}</translation>
    </message>
    <message>
        <source>☎ {name}</source>
        <translation>☎ {name}</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>late: not arrived yet</source>
        <translation>en retard&#xa0;: pas encore arrivé</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>no-show: released</source>
        <translation>absent&#xa0;: poste libéré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>{name} (booked by phone)</source>
        <translation>{name} (réservation par téléphone)</translation>
    </message>
    <message>
        <source>{label} (block booking)</source>
        <translation>{label} (réservation de groupe)</translation>
    </message>
    <message>
        <source>{workstation}, {start}–{end}: {who} — {state}</source>
        <translation>{workstation}, {start}–{end}&#xa0;: {who} — {state}</translation>
    </message>
    <message>
        <source>{workstation}, {start}–{end}: free — Enter to book</source>
        <translation>{workstation}, {start}–{end}&#xa0;: libre — Entrée pour réserver</translation>
    </message>
    <message>
        <source>{workstation}: out of service ({reason})</source>
        <translation>{workstation}&#xa0;: hors service ({reason})</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This data folder holds a desk&apos;s own data: the demo opens only in a folder of its own (leave out --data-dir, or name an empty folder).</source>
        <translation>Ce dossier contient les données d&apos;un vrai poste d&apos;accueil&#xa0;: la démonstration ne s&apos;ouvre que dans son propre dossier (retirez --data-dir, ou indiquez un dossier vide).</translation>
    </message>
    <message>
        <source>The database {file} already has data (members, or staff accounts other than the demo&apos;s): the demo network is written only into a new database.</source>
        <translation>La base {file} contient déjà des données (des usagers, ou des comptes du personnel autres que ceux de la démonstration)&#xa0;: le réseau de démonstration ne s&apos;écrit que dans une base neuve.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>LAM Desk is already open</source>
        <translation>LAM Desk est déjà ouvert</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The database of this desk is damaged and there is no backup to restore. Call the coordinator. The file is kept as it is in {folder}.</source>
        <translation>La base de données de ce poste est endommagée et il n&apos;y a aucune sauvegarde à restaurer. Appelez le coordinateur. Le fichier est conservé tel quel dans {folder}.</translation>
    </message>
    <message>
        <source>The database of this desk is damaged. Restore the latest good backup, made on {when}? Work done since then will be missing; the damaged file is kept aside.</source>
        <translation>La base de données de ce poste est endommagée. Restaurer la dernière sauvegarde saine, faite le {when}&#x202f;? Ce qui a été saisi depuis manquera&#x202f;; le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>The check of the database found a problem. Finish what you are doing and restart the desk: it will offer to restore the latest good backup.</source>
        <translation>La vérification de la base de données a trouvé un problème. Terminez ce que vous faites et redémarrez LAM Desk&#xa0;: il proposera de restaurer la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>Backup done.</source>
        <translation>Sauvegarde terminée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The desk is ready</source>
        <translation>L&apos;accueil est prêt</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Already registered?</source>
        <translation>Personne déjà inscrite&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) look like this person. Is it one of them? Ask for the birth year or the phone before registering someone twice.</source>
        <translation>
            <numerusform>%n usager ressemble à cette personne. S&apos;agit-il de la même personne&#x202f;? Demandez l&apos;année de naissance ou le téléphone avant d&apos;inscrire quelqu&apos;un une deuxième fois.</numerusform>
            <numerusform>%n usagers ressemblent à cette personne. S&apos;agit-il de l&apos;un d&apos;eux&#x202f;? Demandez l&apos;année de naissance ou le téléphone avant d&apos;inscrire quelqu&apos;un une deuxième fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>It is them: open their card</source>
        <translation>C&apos;est cette personne&#xa0;: ouvrir sa fiche</translation>
    </message>
    <message>
        <source>A new person: register</source>
        <translation>Nouvelle personne&#xa0;: l&apos;inscrire</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in {run}</source>
        <translation>Inscriptions — {run}</translation>
    </message>
    <message>
        <source>The &amp;whole run</source>
        <translation>Toute la &amp;session de formation</translation>
    </message>
    <message>
        <source>This session &amp;only: {day}</source>
        <translation>Cette séance &amp;seulement&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Enter enrols the person highlighted; then type the next name.</source>
        <translation>Entrée inscrit la personne sélectionnée&#x202f;; saisissez ensuite le nom suivant.</translation>
    </message>
    <message>
        <source>Enrolments made here are provisional until the central store confirms them; a confirmed seat is never taken back.</source>
        <translation>Les inscriptions faites ici restent provisoires jusqu&apos;à leur confirmation par la base centrale&#x202f;; une place confirmée n&apos;est jamais retirée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) taken</source>
        <translation>
            <numerusform>%n place occupée</numerusform>
            <numerusform>%n places occupées</numerusform>
        </translation>
    </message>
    <message>
        <source>of {capacity}</source>
        <translation>sur {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: on the waitlist of {day}, no. {position} — the session is full.</source>
        <translation>{name}&#xa0;: en liste d&apos;attente du {day}, n° {position} — la séance est complète.</translation>
    </message>
    <message>
        <source>{name}: enrolled for {day} only.</source>
        <translation>{name}&#xa0;: inscription pour le {day} seulement.</translation>
    </message>
    <message>
        <source>{name}: on the waitlist, no. {position} — the run is full.</source>
        <translation>{name}&#xa0;: sur liste d&apos;attente, n° {position} — la session de formation est complète.</translation>
    </message>
    <message>
        <source>{name}: enrolled.</source>
        <translation>{name}&#xa0;: inscrit(e).</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a member</source>
        <translation>Effacer un usager</translation>
    </message>
    <message>
        <source>Erase {name}, card {card}?</source>
        <translation>Effacer {name}, carte {card}&#x202f;?</translation>
    </message>
    <message>
        <source>• Their name, birth year, commune, situation and gender are wiped from their card, at every desk of the network; the card stops working.
• Their phone, e-mail and address kept here are deleted.
• Their coming bookings and training enrolments are cancelled.
• Their visits and attendance stay in the statistics, without their name.
• If they attended funded training, their name stays on that attendance only, restricted, for the period the funder requires.
This cannot be undone. If they want a copy of their data, export it first.</source>
        <translation>• Son nom, son année de naissance, sa commune, son statut et son genre sont effacés de sa carte, sur tous les postes d&apos;accueil du réseau&#x202f;; la carte ne fonctionne plus.
• Son téléphone, son courriel et son adresse conservés ici sont supprimés.
• Ses réservations et ses inscriptions aux formations à venir sont annulées.
• Ses passages et sa présence aux formations restent dans les statistiques, sans son nom.
• Si la personne a suivi une formation financée, son nom reste uniquement sur cet émargement, en accès restreint, pendant la durée exigée par le financeur.
Cette opération est irréversible. Si la personne veut une copie de ses données, exportez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The person asked for it, and I checked who they are.</source>
        <translation>La personne l&apos;a demandé et j&apos;ai vérifié son identité.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>LAM Desk is already open on this computer with the same data folder. Use the open window (it may be minimised), or close it first.</source>
        <translation>LAM Desk est déjà ouvert sur cet ordinateur avec le même dossier de données. Utilisez la fenêtre ouverte (elle est peut-être réduite), ou fermez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>LAM Desk — first start</source>
        <translation>LAM Desk — premier démarrage</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Ouvrir l&apos;accueil</translation>
    </message>
    <message>
        <source>This desk serves {site}. The account “{login}” is created.

Print the recovery code of this account and keep it in a safe place: it lets you in if the password is forgotten.</source>
        <translation>Ce poste d&apos;accueil dessert&#xa0;: {site}. Le compte «&#xa0;{login}&#xa0;» est créé.

Imprimez le code de secours de ce compte et rangez-le en lieu sûr&#xa0;: il permet de se connecter en cas d&apos;oubli du mot de passe.</translation>
    </message>
</context>
<context>
    <name>FoadTimeDialog</name>
    <message>
        <source>Correct a time — {name}</source>
        <translation>Corriger un horaire — {name}</translation>
    </message>
    <message>
        <source>A time left running overnight counts no hours until its real departure is typed here. The correction is kept with your name, the old times and your reason.</source>
        <translation>Un horaire resté ouvert jusqu&apos;au lendemain ne compte aucune heure tant que le vrai départ n&apos;est pas saisi ici. La correction est conservée avec votre nom, les anciens horaires et votre motif.</translation>
    </message>
    <message>
        <source>e.g. left at 16:00 without pressing Departure</source>
        <translation>ex.&#xa0;: parti à 16:00 sans que le départ soit noté</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Horaire</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Arrivée</translation>
    </message>
    <message>
        <source>&amp;Departure</source>
        <translation>&amp;Départ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>{day}, from {start}, never ended</source>
        <translation>{day}, depuis {start}, jamais terminé</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({hours}) — no departure recorded</source>
        <translation>{day}, {start}–{end} ({hours}) — départ non noté</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({hours})</source>
        <translation>{day}, {start}–{end} ({hours})</translation>
    </message>
    <message>
        <source>Say why the times are corrected.</source>
        <translation>Indiquez pourquoi les horaires sont corrigés.</translation>
    </message>
</context>
<context>
    <name>FundingLinesPanel</name>
    <message>
        <source>Only a coordinator changes the funding lines: they are shown here to read.</source>
        <translation>Seul un coordinateur modifie les financements&#xa0;: ils sont affichés ici pour lecture.</translation>
    </message>
    <message>
        <source>The attendance sheets and certificates of a course print its funding line: the operation number of the funding file, and for EU funds the emblem with the statement of the programme period.</source>
        <translation>Les feuilles d&apos;émargement et les attestations d&apos;une formation impriment son financement&#xa0;: le numéro d&apos;opération du dossier de financement et, pour les fonds européens, l&apos;emblème avec la mention de la période de programmation.</translation>
    </message>
    <message>
        <source>e.g. OC0012345, as on the funding agreement</source>
        <translation>par ex. OC0012345, comme sur la convention</translation>
    </message>
    <message>
        <source>&amp;Operation number</source>
        <translation>N° d&apos;&amp;opération</translation>
    </message>
    <message>
        <source>Programme &amp;period</source>
        <translation>&amp;Période de programmation</translation>
    </message>
    <message>
        <source>&amp;Managing authority</source>
        <translation>Autorité de &amp;gestion</translation>
    </message>
    <message>
        <source>Empty: the statement of the programme period</source>
        <translation>Vide&#xa0;: la mention de la période de programmation</translation>
    </message>
    <message>
        <source>EU &amp;statement</source>
        <translation>&amp;Mention UE</translation>
    </message>
    <message>
        <source>The EU emblem in colour (otherwise black and white)</source>
        <translation>L&apos;emblème de l&apos;UE en couleur (sinon en noir et blanc)</translation>
    </message>
    <message>
        <source>Partners, separated by commas</source>
        <translation>Partenaires, séparés par des virgules</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>Pa&amp;rtenaires</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Kept for</source>
        <translation>&amp;Conservation</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>FundingMarking</name>
    <message>
        <source>Funded by {funder} — {title}</source>
        <translation>Financement&#xa0;: {funder} — {title}</translation>
    </message>
    <message>
        <source>programme {period}</source>
        <translation>programme {period}</translation>
    </message>
    <message>
        <source>managing authority: {name}</source>
        <translation>autorité de gestion&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Co-funded by the European Union</source>
        <translation>Cofinancé par l&apos;Union européenne</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only a coordinator changes the lock delay.</source>
        <translation>Seul un coordinateur peut changer le délai de verrouillage.</translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <source>Lock the desk after</source>
        <translation>Verrouiller l&apos;accueil après</translation>
    </message>
    <message>
        <source>The screen faces the public: the desk locks itself when nobody touches it, and unlocks with your PIN or password. A new language applies at the next start.</source>
        <translation>L&apos;écran est tourné vers le public&#xa0;: l&apos;accueil se verrouille tout seul quand personne ne s&apos;en sert, et se déverrouille avec votre code PIN ou votre mot de passe. Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>The day is not closed yet.</source>
        <translation>La journée n&apos;est pas encore clôturée.</translation>
    </message>
    <message>
        <source>&amp;Close the day…</source>
        <translation>&amp;Clôturer la journée…</translation>
    </message>
    <message>
        <source>End the sessions and visits still open, count the day, print its tally</source>
        <translation>Terminer les sessions et fermer les passages encore ouverts, faire le bilan de la journée et l&apos;imprimer</translation>
    </message>
    <message>
        <source>&amp;Tally so far</source>
        <translation>&amp;Bilan provisoire</translation>
    </message>
    <message>
        <source>{site} — {date}</source>
        <translation>{site} — {date}</translation>
    </message>
    <message>
        <source>Today at the desk</source>
        <translation>Aujourd&apos;hui à l&apos;accueil</translation>
    </message>
    <message>
        <source>To settle first: left open on earlier days</source>
        <translation>À régulariser d&apos;abord&#xa0;: resté ouvert les jours précédents</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Settling it</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>&amp;Settle them now</source>
        <translation>&amp;Régulariser maintenant</translation>
    </message>
    <message>
        <source>Close each at its last known moment (Enter when the button has the focus)</source>
        <translation>Fermer chacun à son dernier moment connu (Entrée quand le bouton est sélectionné)</translation>
    </message>
    <message>
        <source>Each is closed at the last moment the desk knew of: the end of its session at a workstation, or the check-in. Bookings nobody marked become no-shows.</source>
        <translation>Chacun est fermé au dernier moment connu de l&apos;accueil&#xa0;: la fin de sa session sur un poste, ou l&apos;arrivée. Les réservations que personne n&apos;a pointées sont comptées comme absences.</translation>
    </message>
    <message>
        <source>Loading today&apos;s bookings and sessions…</source>
        <translation>Chargement des réservations et des séances du jour…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>Today&apos;s training sessions</source>
        <translation>Séances de formation du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) welcomed today</source>
        <translation>
            <numerusform>%n personne accueillie aujourd&apos;hui</numerusform>
            <numerusform>%n personnes accueillies aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s)</source>
        <translation>
            <numerusform>%n séance de formation</numerusform>
            <numerusform>%n séances de formation</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of service: {list}</source>
        <translation>Hors service&#xa0;: {list}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) never closed</source>
        <translation>
            <numerusform>%n passage jamais fermé</numerusform>
            <numerusform>%n passages jamais fermés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) at a workstation never ended</source>
        <translation>
            <numerusform>%n session sur un poste jamais terminée</numerusform>
            <numerusform>%n sessions sur un poste jamais terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) nobody marked</source>
        <translation>
            <numerusform>%n réservation non pointée</numerusform>
            <numerusform>%n réservations non pointées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) never ended</source>
        <translation>
            <numerusform>%n horaire FOAD jamais terminé</numerusform>
            <numerusform>%n horaires FOAD jamais terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>Last clôture: {when}, by {name}.</source>
        <translation>Dernière clôture&#xa0;: {when}, par {name}.</translation>
    </message>
    <message>
        <source>No clôture recorded yet at this site.</source>
        <translation>Aucune clôture enregistrée pour l&apos;instant sur ce site.</translation>
    </message>
    <message>
        <source>closed at {time}, the end of the session</source>
        <translation>fermé à {time}, fin de la session</translation>
    </message>
    <message>
        <source>closed at {time}, the check-in</source>
        <translation>fermé à {time}, heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>closed at {time}, when last seen</source>
        <translation>fermé à {time}, dernière présence connue</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Session at {workstation}</source>
        <translation>Session sur le {workstation}</translation>
    </message>
    <message>
        <source>ended at {time}, as planned</source>
        <translation>terminée à {time}, comme prévu</translation>
    </message>
    <message>
        <source>Booking at {workstation} until {end}</source>
        <translation>Réservation sur le {workstation} jusqu&apos;à {end}</translation>
    </message>
    <message>
        <source>recorded as a no-show</source>
        <translation>enregistrée comme absence</translation>
    </message>
    <message>
        <source>Distance learning (FOAD)</source>
        <translation>Formation à distance (FOAD)</translation>
    </message>
    <message>
        <source>no hours until corrected (Training page)</source>
        <translation>aucune heure tant que ce n&apos;est pas corrigé (page Formations)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk still wait to be sent to the central store, some from before today: check the network connection, or tell the coordinator.</source>
        <translation>
            <numerusform>%n modification de ce poste, datant d&apos;avant aujourd&apos;hui, attend encore d&apos;être envoyée à la base centrale&#xa0;: vérifiez la connexion réseau, ou prévenez le coordinateur.</numerusform>
            <numerusform>%n modifications de ce poste attendent encore d&apos;être envoyées à la base centrale, dont certaines d&apos;avant aujourd&apos;hui&#xa0;: vérifiez la connexion réseau, ou prévenez le coordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day closed at {time} by {name}.</source>
        <translation>Journée clôturée à {time} par {name}.</translation>
    </message>
    <message>
        <source>Synchronisation: looking at the changes to send…</source>
        <translation>Synchronisation&#xa0;: recherche des modifications à envoyer…</translation>
    </message>
    <message>
        <source>Synchronisation: not configured.</source>
        <translation>Synchronisation&#xa0;: non configurée.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation not configured: %n change(s) kept on this computer only.</source>
        <translation>
            <numerusform>Synchronisation non configurée&#xa0;: %n modification conservée sur cet ordinateur uniquement.</numerusform>
            <numerusform>Synchronisation non configurée&#xa0;: %n modifications conservées sur cet ordinateur uniquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation: every change is sent.</source>
        <translation>Synchronisation&#xa0;: toutes les modifications sont envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation: %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n modification en attente d&apos;envoi.</numerusform>
            <numerusform>Synchronisation&#xa0;: %n modifications en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled: {visits}, {uses}, {bookings}.</source>
        <translation>Régularisation effectuée&#xa0;: {visits}, {uses}, {bookings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) closed</source>
        <translation>
            <numerusform>%n passage clôturé</numerusform>
            <numerusform>%n passages clôturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session terminée</numerusform>
            <numerusform>%n sessions terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) recorded as no-shows</source>
        <translation>
            <numerusform>%n réservation enregistrée comme absence</numerusform>
            <numerusform>%n réservations enregistrées comme absences</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Looking for the latest backup…</source>
        <translation>Recherche de la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Database check: waiting…</source>
        <translation>Vérification de la base&#xa0;: en attente…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) still open</source>
        <translation>
            <numerusform>%n passage encore ouvert</numerusform>
            <numerusform>%n passages encore ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) ended with no hours: correct them on the Training page.</source>
        <translation>
            <numerusform>%n horaire FOAD clos sans heure&#xa0;: corrigez-le sur la page Formations.</numerusform>
            <numerusform>%n horaires FOAD clos sans heure&#xa0;: corrigez-les sur la page Formations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>held for the group</source>
        <translation>réservé pour le groupe</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message numerus="yes">
        <source>(+%n waiting)</source>
        <translation>
            <numerusform>(+%n en attente)</numerusform>
            <numerusform>(+%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation: none, this is the demo network.</source>
        <translation>Synchronisation&#xa0;: aucune, c&apos;est le réseau de démonstration.</translation>
    </message>
    <message>
        <source>No backup yet. One is made every day automatically.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Une sauvegarde est faite automatiquement chaque jour.</translation>
    </message>
    <message>
        <source>Last backup: {when}. One is made every day automatically.</source>
        <translation>Dernière sauvegarde&#xa0;: {when}. Une sauvegarde est faite automatiquement chaque jour.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Database check: sound.</source>
        <translation>Vérification de la base&#xa0;: tout est en ordre.</translation>
    </message>
    <message>
        <source>Database check: PROBLEM found. Call the coordinator before going on.</source>
        <translation>Vérification de la base&#xa0;: PROBLÈME détecté. Appelez le coordinateur avant de continuer.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a spreadsheet</source>
        <translation>Importer des usagers depuis un tableur</translation>
    </message>
    <message>
        <source>Save the spreadsheet as CSV (separator “;”). The first line names the columns: Nom, Prénom, Date de naissance (dd/mm/yyyy) or Année de naissance, Commune and/or Code postal; Téléphone, Courriel, Adresse, Situation and Sexe if you have them. Other columns are left out. Nothing is imported before you have seen what each line does.</source>
        <translation>Enregistrez le tableur au format CSV (séparateur&#xa0;: point-virgule). La première ligne donne le nom des colonnes&#xa0;: Nom, Prénom, Date de naissance (jj/mm/aaaa) ou Année de naissance, Commune et/ou Code postal&#x202f;; Téléphone, Courriel, Adresse, Situation et Sexe si vous les avez. Les autres colonnes sont ignorées. Rien n&apos;est importé avant que vous ayez vu ce que donne chaque ligne.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the members spreadsheet (CSV)</source>
        <translation>Choisir le tableur des usagers (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n new members, </source>
        <translation>
            <numerusform>%n nouvel usager, </numerusform>
            <numerusform>%n nouveaux usagers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered, </source>
        <translation>
            <numerusform>%n déjà inscrit, </numerusform>
            <numerusform>%n déjà inscrits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines refused.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: {columns}.</source>
        <translation>Colonnes ignorées&#xa0;: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>Import the valid lines only, and leave the %n refused lines out</source>
        <translation>
            <numerusform>Importer seulement les lignes valides, en laissant de côté %n ligne refusée</numerusform>
            <numerusform>Importer seulement les lignes valides, en laissant de côté les %n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is all or nothing: correct the refused lines in the file and choose it again, or tick the box to leave them out.</source>
        <translation>L&apos;import se fait en entier ou pas du tout&#xa0;: corrigez les lignes refusées dans le fichier et choisissez-le à nouveau, ou cochez la case pour les laisser de côté.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n members imported.</source>
        <translation>
            <numerusform>%n usager importé.</numerusform>
            <numerusform>%n usagers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their cards are in the last column; the notice and the charter are asked for at their next visit.</source>
        <translation>Leurs numéros de carte figurent dans la dernière colonne&#x202f;; la notice d&apos;information et la charte leur seront demandées à leur prochain passage.</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <source>New member</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Déjà inscrit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Card or reason</source>
        <translation>Carte ou motif</translation>
    </message>
    <message>
        <source>card {card}</source>
        <translation>carte {card}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Desk locked</source>
        <translation>Accueil verrouillé</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Another person…</source>
        <translation>Une autre personne…</translation>
    </message>
    <message>
        <source>Locked by {name}. Type your PIN or your password to go on.</source>
        <translation>Verrouillé par {name}. Saisissez votre code PIN ou votre mot de passe pour reprendre.</translation>
    </message>
    <message>
        <source>Type your PIN or your password.</source>
        <translation>Saisissez votre code PIN ou votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>LAM Desk — log in</source>
        <translation>LAM Desk — connexion</translation>
    </message>
    <message>
        <source>Welcome to LAM Desk</source>
        <translation>Bienvenue dans LAM Desk</translation>
    </message>
    <message>
        <source>This desk serves {site}.</source>
        <translation>Ce poste d&apos;accueil dessert&#xa0;: {site}.</translation>
    </message>
    <message>
        <source>DEMONSTRATION — invented data, never synchronised</source>
        <translation>DÉMONSTRATION — données fictives, jamais synchronisées</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Today&apos;s site</source>
        <translation>Site du jour</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>I forgot my password (recovery code)</source>
        <translation>J&apos;ai oublié mon mot de passe (code de secours)</translation>
    </message>
    <message>
        <source>Type your login name and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your new password is saved. Log in with this new password.</source>
        <translation>Votre nouveau mot de passe est enregistré. Connectez-vous avec ce nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>DEMONSTRATION — invented people and data; this desk never synchronises.</source>
        <translation>DÉMONSTRATION — personnes et données fictives&#x202f;; ce poste ne se synchronise jamais.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{key})</source>
        <translation>{page} (Ctrl+{key})</translation>
    </message>
    <message>
        <source>{site} — DEMONSTRATION — LAM Desk</source>
        <translation>{site} — DÉMONSTRATION — LAM Desk</translation>
    </message>
    <message>
        <source>{site} — LAM Desk</source>
        <translation>{site} — LAM Desk</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Verrouiller l&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Change user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Check &amp;in a visitor…</source>
        <translation>Nouvelle &amp;arrivée…</translation>
    </message>
    <message>
        <source>Cl&amp;ose the day…</source>
        <translation>C&amp;lôturer la journée…</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>&amp;Rechercher un usager</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site&#xa0;: {site}</translation>
    </message>
    <message>
        <source>demonstration — no synchronisation</source>
        <translation>démonstration — pas de synchronisation</translation>
    </message>
    <message>
        <source>offline — synchronisation not configured</source>
        <translation>hors ligne — synchronisation non configurée</translation>
    </message>
    <message>
        <source>Opening the desk&apos;s data…</source>
        <translation>Ouverture des données du poste…</translation>
    </message>
    <message>
        <source>Coordinator: {name}</source>
        <translation>Coordinateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Animator: {name}</source>
        <translation>Animateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{page} ⚠ {count}</source>
        <translation>{page} ⚠ {count}</translation>
    </message>
    <message>
        <source>Unknown card: {number}. Search the person by name.</source>
        <translation>Carte inconnue&#xa0;: {number}. Recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>Card {number} was replaced by card {new}: it no longer works. Ask for the new card, or search the person by name.</source>
        <translation>La carte {number} a été remplacée par la carte {new}&#xa0;: elle n&apos;est plus valable. Demandez la nouvelle carte, ou recherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>Card scanned: {name}</source>
        <translation>Carte lue&#xa0;: {name}</translation>
    </message>
    <message>
        <source>A window that was open was closed when the desk locked; what it held was not saved.</source>
        <translation>Une fenêtre ouverte a été fermée au verrouillage&#x202f;; son contenu n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member card {number}</source>
        <translation>Carte d&apos;usager {number}</translation>
    </message>
    <message>
        <source>Public digital access network</source>
        <translation>Réseau des lieux d&apos;accès au numérique</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Carte d&apos;usager</translation>
    </message>
    <message>
        <source>Information on your personal data</source>
        <translation>Information sur vos données personnelles</translation>
    </message>
    <message>
        <source>The public digital access points of the network record the minimum needed to welcome you: your names, birth year, gender if you wish to give it, commune and situation. Your phone, e-mail and address, if you give them, stay at your home site.</source>
        <translation>Les lieux d&apos;accès au numérique du réseau n&apos;enregistrent que le minimum nécessaire pour vous accueillir&#xa0;: vos nom et prénom, votre année de naissance, votre genre si vous souhaitez l&apos;indiquer, votre commune et votre situation. Votre téléphone, votre courriel et votre adresse, si vous les donnez, restent dans votre site de rattachement.</translation>
    </message>
    <message>
        <source>Why: to register you, to book workstations and training for you, to keep attendance records required by the funders of the training, and to count the public welcomed (anonymous statistics). Legal basis: the public-interest mission of the access points.</source>
        <translation>Pourquoi&#xa0;: pour vous inscrire, vous réserver des postes et des formations, tenir les feuilles d&apos;émargement exigées par les financeurs des formations, et compter le public accueilli (statistiques anonymes). Base légale&#xa0;: la mission d&apos;intérêt public des lieux d&apos;accès au numérique.</translation>
    </message>
    <message>
        <source>Who sees it: the animators of the network and its coordinator. Nothing is sold or given to anyone else; funders receive only anonymous figures, except the attendance sheets of funded training.</source>
        <translation>Qui y a accès&#xa0;: les animateurs du réseau et sa coordination. Rien n&apos;est vendu ni transmis à quiconque&#x202f;; les financeurs ne reçoivent que des chiffres anonymes, sauf les feuilles d&apos;émargement des formations financées.</translation>
    </message>
    <message>
        <source>How long: your card is deleted after 3 years without a visit. Attendance records of funded training are kept 10 years, as the funders require.</source>
        <translation>Combien de temps&#xa0;: votre fiche est supprimée après 3 ans sans passage. Les émargements des formations financées sont conservés 10 ans, comme l&apos;exigent les financeurs.</translation>
    </message>
    <message>
        <source>Your rights: you may see everything recorded about you, have it corrected, ask for it to be erased, or object, at any access point of the network. You may also complain to the CNIL (www.cnil.fr).</source>
        <translation>Vos droits&#xa0;: vous pouvez consulter tout ce qui est enregistré à votre sujet, le faire corriger, en demander l&apos;effacement ou vous y opposer, dans n&apos;importe quel lieu d&apos;accès du réseau. Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).</translation>
    </message>
    <message>
        <source>The house charter: the workstations are shared; respect the other users and the equipment, and ask the animator when in doubt.</source>
        <translation>La charte d&apos;utilisation&#xa0;: les postes sont partagés&#x202f;; respectez les autres usagers et le matériel, et demandez à l&apos;animateur en cas de doute.</translation>
    </message>
</context>
<context>
    <name>MemberDataActions</name>
    <message>
        <source>Import members from a spreadsheet…</source>
        <translation>Importer des usagers depuis un tableur…</translation>
    </message>
    <message>
        <source>Export this member&apos;s data…</source>
        <translation>Exporter les données de cet usager…</translation>
    </message>
    <message>
        <source>Erase this member…</source>
        <translation>Effacer cet usager…</translation>
    </message>
    <message>
        <source>Purge inactive members…</source>
        <translation>Supprimer les usagers inactifs…</translation>
    </message>
    <message>
        <source>Data…</source>
        <translation>Données…</translation>
    </message>
    <message>
        <source>Import a spreadsheet; export or erase a member&apos;s data; purge</source>
        <translation>Importer un tableur&#x202f;; exporter ou effacer les données d&apos;un usager&#x202f;; supprimer les usagers inactifs</translation>
    </message>
    <message>
        <source>Folder to save the member&apos;s data in</source>
        <translation>Dossier où enregistrer les données de l&apos;usager</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Two files were saved in {folder}:
{pdf} — to read or print for the person;
{json} — the same data for a computer.</source>
        <translation>Deux fichiers ont été enregistrés dans {folder}&#xa0;:
{pdf} — à lire ou à imprimer pour la personne&#x202f;;
{json} — les mêmes données, lisibles par un ordinateur.</translation>
    </message>
    <message>
        <source>Card {card} was erased.</source>
        <translation>Les données de la carte {card} ont été effacées.</translation>
    </message>
    <message>
        <source>Their name stays, restricted, on the attendance of funded training until {day}.</source>
        <translation>Son nom reste, en accès restreint, sur les feuilles d&apos;émargement des formations financées jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>Member erased</source>
        <translation>Usager effacé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <source>Edit the member&apos;s card</source>
        <translation>Modifier la fiche de l&apos;usager</translation>
    </message>
    <message>
        <source>e.g. 1962</source>
        <translation>par ex. 1962</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>The card (shared by the network)</source>
        <translation>La fiche (partagée par le réseau)</translation>
    </message>
    <message>
        <source>Contact (kept at {site} only)</source>
        <translation>Coordonnées (conservées uniquement par le site {site})</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>This member&apos;s contact details are kept at {site}.</source>
        <translation>Les coordonnées de cet usager sont conservées par le site {site}.</translation>
    </message>
    <message>
        <source>Information and charter</source>
        <translation>Notice d&apos;information et charte</translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation>Imprimer la notice…</translation>
    </message>
    <message>
        <source>The information notice was read or given</source>
        <translation>La notice d&apos;information a été lue ou remise</translation>
    </message>
    <message>
        <source>The house charter was accepted</source>
        <translation>La charte a été acceptée</translation>
    </message>
    <message>
        <source>A parent or guardian authorised the registration (under 15)</source>
        <translation>Un parent ou représentant légal a autorisé l&apos;inscription (moins de 15 ans)</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) this year</source>
        <translation>
            <numerusform>%n an cette année</numerusform>
            <numerusform>%n ans cette année</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de rattachement</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation>Données personnelles détenues sur {name}</translation>
    </message>
    <message>
        <source>Card {card} — printed on {when} by {actor}, {site}</source>
        <translation>Carte {card} — document imprimé le {when} par {actor}, {site}</translation>
    </message>
    <message>
        <source>This document lists everything this desk of the network&apos;s public digital access points holds about you (GDPR, article 15). Your visits to other sites are kept by those sites. You may ask for your data to be corrected or erased at any desk; attendance at funded training is kept, restricted, for the period the funder requires.</source>
        <translation>Ce document présente toutes les données que ce point d&apos;accueil du réseau des lieux d&apos;accès au numérique détient sur vous (RGPD, article 15). Vos passages dans d&apos;autres sites sont conservés par ces sites. Vous pouvez demander la rectification ou l&apos;effacement de vos données à n&apos;importe quel accueil&#x202f;; votre présence aux formations financées est conservée, en accès restreint, pendant la durée exigée par le financeur.</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Carte d&apos;usager</translation>
    </message>
    <message>
        <source>Card merged into this one</source>
        <translation>Carte fusionnée avec celle-ci</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Droit à l&apos;image</translation>
    </message>
    <message>
        <source>Information notice accepted on</source>
        <translation>Notice d&apos;information acceptée le</translation>
    </message>
    <message>
        <source>House charter accepted on</source>
        <translation>Charte acceptée le</translation>
    </message>
    <message>
        <source>Parental authorisation on</source>
        <translation>Autorisation parentale donnée le</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>No contact details are kept at this desk.</source>
        <translation>Aucune coordonnée n&apos;est conservée à cet accueil.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Workstation bookings</source>
        <translation>Réservations de postes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Waiting for a workstation</source>
        <translation>En attente d&apos;un poste</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Training enrolments</source>
        <translation>Inscriptions aux formations</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Présence aux formations</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Changes recorded about you</source>
        <translation>Modifications enregistrées vous concernant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>LAM Desk — card {card} — page {page}</source>
        <translation>LAM Desk — carte {card} — page {page}</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>came</source>
        <translation>venu</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>non venu</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>registered from a spreadsheet</source>
        <translation>inscription depuis un tableur</translation>
    </message>
    <message>
        <source>record changed</source>
        <translation>fiche modifiée</translation>
    </message>
    <message>
        <source>new card (the old one replaced)</source>
        <translation>nouvelle carte (l&apos;ancienne remplacée)</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>données exportées</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>erased after years without activity</source>
        <translation>effacement après des années sans activité</translation>
    </message>
    <message>
        <source>end of the funded-training retention</source>
        <translation>fin de la conservation pour les formations financées</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has more than {count} lines: split it in parts.</source>
        <translation>Le fichier dépasse {count} lignes&#xa0;: découpez-le en plusieurs parties.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB: it is not a members list.</source>
        <translation>Le fichier dépasse {size} Mo&#xa0;: ce n&apos;est pas une liste d&apos;usagers.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file. Open it in the spreadsheet program and save it as “CSV” (separator “;”), then import that file.</source>
        <translation>Ce fichier est un classeur de tableur (.xlsx, .ods ou .xls), pas un fichier CSV. Ouvrez-le dans le tableur, enregistrez-le au format «&#xa0;CSV&#xa0;» (séparateur «&#x202f;;&#xa0;»), puis importez ce nouveau fichier.</translation>
    </message>
    <message>
        <source>This file is not a CSV text file (it holds binary data). Save the members list from the spreadsheet program as “CSV”, then import that file.</source>
        <translation>Ce fichier n&apos;est pas un fichier texte CSV (il contient des données binaires). Depuis le tableur, enregistrez la liste des usagers au format «&#xa0;CSV&#xa0;», puis importez ce nouveau fichier.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as CSV (a quote is not closed?).</source>
        <translation>La ligne {line} du fichier ne peut pas être lue en CSV (un guillemet non fermé&#x202f;?).</translation>
    </message>
    <message>
        <source>The column “{column}” holds both names: put the family name in a column “Nom” and the given name in a column “Prénom”, then import again.</source>
        <translation>La colonne «&#xa0;{column}&#xa0;» contient à la fois le nom et le prénom&#xa0;: mettez le nom de famille dans une colonne «&#xa0;Nom&#xa0;» et le prénom dans une colonne «&#xa0;Prénom&#xa0;», puis recommencez l&apos;import.</translation>
    </message>
    <message>
        <source>The columns “{first}” and “{second}” hold the same thing: keep only one.</source>
        <translation>Les colonnes «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» contiennent la même information&#xa0;: n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns, with at least “Nom” and “Prénom”. Columns found: {columns}.</source>
        <translation>La première ligne du fichier doit donner le nom des colonnes, avec au moins «&#xa0;Nom&#xa0;» et «&#xa0;Prénom&#xa0;». Colonnes trouvées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>the line has more cells than the header ({cells} for {columns}): a “;” inside a value?</source>
        <translation>la ligne a plus de cellules que l&apos;en-tête ({cells} pour {columns})&#xa0;: un «&#x202f;;&#xa0;» dans une valeur&#x202f;?</translation>
    </message>
    <message>
        <source>gender “{value}” not understood (F, H, Femme, Homme or empty)</source>
        <translation>genre «&#xa0;{value}&#xa0;» non reconnu (F, H, Femme, Homme ou vide)</translation>
    </message>
    <message>
        <source>status “{value}” not understood (demandeur d&apos;emploi, salarié, retraité, élève ou étudiant, autre, or empty)</source>
        <translation>statut «&#xa0;{value}&#xa0;» non reconnu (demandeur d&apos;emploi, salarié, retraité, élève ou étudiant, autre, ou vide)</translation>
    </message>
    <message>
        <source>phone number “{value}” not understood</source>
        <translation>numéro de téléphone «&#xa0;{value}&#xa0;» non reconnu</translation>
    </message>
    <message>
        <source>e-mail address “{value}” not understood</source>
        <translation>adresse de courriel «&#xa0;{value}&#xa0;» non reconnue</translation>
    </message>
    <message>
        <source>postal code “{value}” is not 5 digits</source>
        <translation>le code postal «&#xa0;{value}&#xa0;» n&apos;a pas 5 chiffres</translation>
    </message>
    <message>
        <source>INSEE code “{value}” is not a commune code</source>
        <translation>le code INSEE «&#xa0;{value}&#xa0;» n&apos;est pas un code de commune</translation>
    </message>
    <message>
        <source>the address is longer than 200 characters</source>
        <translation>l&apos;adresse dépasse 200 caractères</translation>
    </message>
    <message>
        <source>no family name</source>
        <translation>nom de famille manquant</translation>
    </message>
    <message>
        <source>the family name “{value}” is not a name</source>
        <translation>le nom de famille «&#xa0;{value}&#xa0;» n&apos;est pas un nom</translation>
    </message>
    <message>
        <source>the family name is longer than 80 characters</source>
        <translation>le nom de famille dépasse 80 caractères</translation>
    </message>
    <message>
        <source>no given name</source>
        <translation>prénom manquant</translation>
    </message>
    <message>
        <source>the given name “{value}” is not a name</source>
        <translation>le prénom «&#xa0;{value}&#xa0;» n&apos;est pas un prénom</translation>
    </message>
    <message>
        <source>the given name is longer than 80 characters</source>
        <translation>le prénom dépasse 80 caractères</translation>
    </message>
    <message>
        <source>birth year “{value}” not understood (four digits, {oldest} to {this})</source>
        <translation>année de naissance «&#xa0;{value}&#xa0;» non reconnue (quatre chiffres, de {oldest} à {this})</translation>
    </message>
    <message>
        <source>birth date “{value}” is before {oldest}</source>
        <translation>la date de naissance «&#xa0;{value}&#xa0;» est antérieure à {oldest}</translation>
    </message>
    <message>
        <source>the birth date ({date}) and birth year ({year}) disagree</source>
        <translation>la date de naissance ({date}) et l&apos;année de naissance ({year}) ne concordent pas</translation>
    </message>
    <message>
        <source>the date “{value}” does not exist</source>
        <translation>la date «&#xa0;{value}&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>date “{value}” not understood (write it as dd/mm/yyyy)</source>
        <translation>date «&#xa0;{value}&#xa0;» non reconnue (écrivez-la sous la forme jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>the date “{value}” is in the future</source>
        <translation>la date «&#xa0;{value}&#xa0;» est dans le futur</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} lines are refused. Correct them in the file, or import the valid lines only.</source>
        <translation>Rien n&apos;a été importé. Lignes refusées&#xa0;: {count}. Corrigez-les dans le fichier, ou n&apos;importez que les lignes valides.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a CSV file.</source>
        <translation>{file} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier {file} ({reason}).</translation>
    </message>
    <message>
        <source>This desk has no site yet: set the desk up before importing.</source>
        <translation>Ce poste d&apos;accueil n&apos;a pas encore de site&#xa0;: configurez-le avant d&apos;importer.</translation>
    </message>
    <message>
        <source>The file names its columns but lists nobody.</source>
        <translation>Le fichier donne le nom des colonnes mais ne contient aucune personne.</translation>
    </message>
    <message>
        <source>the same person as on line {line}</source>
        <translation>même personne qu&apos;à la ligne {line}</translation>
    </message>
    <message>
        <source>a child under 15: register them at the desk, with a parent&apos;s authorisation</source>
        <translation>enfant de moins de 15 ans&#xa0;: à inscrire à l&apos;accueil, avec l&apos;autorisation d&apos;un parent</translation>
    </message>
    <message>
        <source>no commune has the INSEE code {code}</source>
        <translation>aucune commune n&apos;a le code INSEE {code}</translation>
    </message>
    <message>
        <source>no commune “{name}” has the postal code {code}</source>
        <translation>aucune commune «&#xa0;{name}&#xa0;» n&apos;a le code postal {code}</translation>
    </message>
    <message>
        <source>no commune has the postal code {code}</source>
        <translation>aucune commune n&apos;a le code postal {code}</translation>
    </message>
    <message>
        <source>the postal code {code} serves several communes: add the commune&apos;s name</source>
        <translation>le code postal {code} correspond à plusieurs communes&#xa0;: ajoutez le nom de la commune</translation>
    </message>
    <message>
        <source>no commune (name or postal code)</source>
        <translation>commune manquante (nom ou code postal)</translation>
    </message>
    <message>
        <source>no commune is called “{name}”</source>
        <translation>aucune commune ne s&apos;appelle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>several communes are called “{name}”: add the postal code</source>
        <translation>plusieurs communes s&apos;appellent «&#xa0;{name}&#xa0;»&#xa0;: ajoutez le code postal</translation>
    </message>
    <message>
        <source>looks like {name} ({card}): {why}</source>
        <translation>ressemble à {name} ({card})&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>MemberSearchBox</name>
    <message>
        <source>Name, card number or phone</source>
        <translation>Nom, numéro de carte ou téléphone</translation>
    </message>
    <message>
        <source>Search a member</source>
        <translation>Rechercher un usager</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>{code} at {site}, {first} → {last}</source>
        <translation>{code} à {site}, {first} → {last}</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>sur liste d&apos;attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>sessions attended: {count}</source>
        <translation>séances suivies&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{hours} of {planned}</source>
        <translation>{hours} sur {planned}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Find someone by name, card number or phone — Ctrl+F from anywhere in the desk.</source>
        <translation>Retrouvez une personne par son nom, son numéro de carte ou son téléphone — Ctrl+F depuis n&apos;importe quel écran.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Member&apos;s card</source>
        <translation>Fiche de l&apos;usager</translation>
    </message>
    <message>
        <source>Choose someone in the list, or register a new member (Ctrl+N).</source>
        <translation>Choisissez une personne dans la liste, ou inscrivez un nouvel usager (Ctrl+N).</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de rattachement</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notice and charter</source>
        <translation>Notice et charte</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <source>Register a new member (Ctrl+N)</source>
        <translation>Inscrire un nouvel usager (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this card (Ctrl+E)</source>
        <translation>Modifier cette fiche (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Print the member card (Ctrl+P)</source>
        <translation>Imprimer la carte d&apos;usager (Ctrl+P)</translation>
    </message>
    <message>
        <source>Card as PDF…</source>
        <translation>Carte en PDF…</translation>
    </message>
    <message>
        <source>Reissue card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <source>A lost card: a new number; the old card stops working</source>
        <translation>Carte perdue&#xa0;: un nouveau numéro est attribué&#x202f;; l&apos;ancienne carte ne fonctionne plus</translation>
    </message>
    <message>
        <source>This card no longer exists (erased or merged).</source>
        <translation>Cette fiche n&apos;existe plus (effacée ou fusionnée).</translation>
    </message>
    <message>
        <source>Contact details are kept at {site}: this desk does not see them.</source>
        <translation>Les coordonnées sont conservées par le site {site}&#xa0;: ce poste d&apos;accueil n&apos;y a pas accès.</translation>
    </message>
    <message>
        <source>accepted on {date}</source>
        <translation>acceptées le {date}</translation>
    </message>
    <message>
        <source>not recorded — edit the card to record them</source>
        <translation>non enregistrées — modifiez la fiche pour les enregistrer</translation>
    </message>
    <message>
        <source>{name}, authorised on {date}</source>
        <translation>{name}, autorisation donnée le {date}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>{year} ({age} this year)</source>
        <translation>{year} ({age} ans cette année)</translation>
    </message>
    <message>
        <source>age band {band}</source>
        <translation>tranche d&apos;âge {band}</translation>
    </message>
    <message>
        <source>Save the card as PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <source>Reissue the card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <source>Give {name} a new card? The card {number} will stop working, at every desk of the network.</source>
        <translation>Donner une nouvelle carte à {name}&#x202f;? La carte {number} ne fonctionnera plus, sur aucun poste d&apos;accueil du réseau.</translation>
    </message>
    <message>
        <source>New card {number}: print it now (Ctrl+P).</source>
        <translation>Nouvelle carte {number}&#xa0;: imprimez-la maintenant (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move from {workstation}</source>
        <translation>Déplacer depuis {workstation}</translation>
    </message>
    <message>
        <source>Move {who} to:</source>
        <translation>Déplacer {who} vers&#xa0;:</translation>
    </message>
    <message>
        <source>{workstation} — free for {length}</source>
        <translation>{workstation} — libre pour {length}</translation>
    </message>
    <message>
        <source>No other workstation is free now.</source>
        <translation>Aucun autre poste n&apos;est libre pour le moment.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>{who} moved from {old} to {new}, until {time}.</source>
        <translation>{who} passe de {old} à {new}, jusqu&apos;à {time}.</translation>
    </message>
</context>
<context>
    <name>MyAccountTab</name>
    <message>
        <source>Change your own password or PIN. Type your current password first.</source>
        <translation>Changez votre mot de passe ou votre code PIN. Saisissez d&apos;abord votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation>laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Type a new password or a new PIN.</source>
        <translation>Saisissez un nouveau mot de passe ou un nouveau code PIN.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Modifié.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>“{text}” is not a time: write it as 09:30.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une heure&#xa0;: écrivez-la sous la forme 09:30.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Choisissez un jour de la semaine.</translation>
    </message>
    <message>
        <source>Opening times are between 00:00 and 24:00.</source>
        <translation>Les heures d&apos;ouverture sont comprises entre 00:00 et 24:00.</translation>
    </message>
    <message>
        <source>{day}: the interval {interval} ends before it starts.</source>
        <translation>{day}&#xa0;: la plage {interval} finit avant de commencer.</translation>
    </message>
    <message>
        <source>A season of opening hours ends before it starts.</source>
        <translation>Une saison d&apos;horaires d&apos;ouverture finit avant de commencer.</translation>
    </message>
    <message>
        <source>{day}: the intervals {first} and {second} overlap or touch; make them one interval.</source>
        <translation>{day}&#xa0;: les plages {first} et {second} se chevauchent ou se touchent&#x202f;; n&apos;en faites qu&apos;une seule.</translation>
    </message>
    <message>
        <source>A closure ends before it starts: check its dates.</source>
        <translation>Une fermeture finit avant de commencer&#xa0;: vérifiez ses dates.</translation>
    </message>
    <message>
        <source>The reason of a closure is too long (200 characters).</source>
        <translation>Le motif d&apos;une fermeture est trop long (200 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be read.</source>
        <translation>Le document n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Scolaire ou étudiant</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Saisissez le nom de famille.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>A name has at most {count} characters.</source>
        <translation>Un nom ne peut pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <source>This does not look like a name: use letters, with spaces, hyphens or apostrophes between words.</source>
        <translation>Ceci ne ressemble pas à un nom&#xa0;: utilisez des lettres, avec des espaces, des traits d&apos;union ou des apostrophes entre les mots.</translation>
    </message>
    <message>
        <source>Enter the birth year.</source>
        <translation>Saisissez l&apos;année de naissance.</translation>
    </message>
    <message>
        <source>The birth year cannot be in the future.</source>
        <translation>L&apos;année de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth year cannot be before {year}.</source>
        <translation>L&apos;année de naissance ne peut pas être antérieure à {year}.</translation>
    </message>
    <message>
        <source>This phone number is not complete: 10 digits, such as 06 12 34 56 78.</source>
        <translation>Ce numéro de téléphone est incomplet&#xa0;: il faut 10 chiffres, par ex. 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@example.fr).</source>
        <translation>Cette adresse de courriel est incomplète (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un code postal comporte 5 chiffres.</translation>
    </message>
    <message>
        <source>The person must have read or heard the information notice.</source>
        <translation>La personne doit avoir lu ou entendu la notice d&apos;information.</translation>
    </message>
    <message>
        <source>The person must accept the house charter.</source>
        <translation>La personne doit accepter la charte.</translation>
    </message>
    <message>
        <source>Under {age}, a parent&apos;s or guardian&apos;s authorisation is needed.</source>
        <translation>Pour les moins de {age} ans, l&apos;autorisation d&apos;un parent ou du tuteur est nécessaire.</translation>
    </message>
    <message>
        <source>Enter the name of the parent or guardian.</source>
        <translation>Saisissez le nom du parent ou du tuteur.</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>même nom et même année de naissance</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>Choose the commune in the list.</source>
        <translation>Choisissez la commune dans la liste.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s situation.</source>
        <translation>Choisissez la situation de la personne.</translation>
    </message>
    <message>
        <source>Choose a gender, or “not given”.</source>
        <translation>Choisissez un genre, ou «&#xa0;Non renseigné&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>This member was erased: their card can no longer be changed.</source>
        <translation>Cet usager a été effacé&#xa0;: sa fiche ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Your account may not export a member.</source>
        <translation>Votre compte ne permet pas d&apos;exporter les données d&apos;un usager.</translation>
    </message>
    <message>
        <source>Your account may not erase a member.</source>
        <translation>Votre compte ne permet pas d&apos;effacer un usager.</translation>
    </message>
    <message>
        <source>Only a coordinator purges the inactive members.</source>
        <translation>Seul un coordinateur peut supprimer les usagers inactifs.</translation>
    </message>
    <message>
        <source>There is no member {member} at this desk.</source>
        <translation>Il n&apos;y a pas d&apos;usager {member} sur ce poste d&apos;accueil.</translation>
    </message>
    <message>
        <source>This member was erased: nothing about them is left.</source>
        <translation>Cet usager a été effacé&#xa0;: il ne reste plus rien le concernant.</translation>
    </message>
    <message>
        <source>This member&apos;s home site is {site}: the card is erased there, or by a coordinator.</source>
        <translation>Le site d&apos;inscription de cet usager est {site}&#xa0;: sa fiche est effacée là-bas, ou par un coordinateur.</translation>
    </message>
    <message>
        <source>The inactivity period is from 1 to 50 years.</source>
        <translation>La période d&apos;inactivité va de 1 à 50 ans.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge inactive members</source>
        <translation>Supprimer les usagers inactifs</translation>
    </message>
    <message>
        <source>No visit, booking, enrolment or attendance for</source>
        <translation>Ni passage, ni réservation, ni inscription, ni émargement depuis</translation>
    </message>
    <message>
        <source> years</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Members of the sites this desk serves. Visits made at other sites are kept by those sites&apos; desks and are not seen here: for the whole network, purge on the coordinator&apos;s desk after a synchronisation.</source>
        <translation>Usagers des sites que dessert ce poste d&apos;accueil. Les passages faits sur d&apos;autres sites sont conservés par les postes d&apos;accueil de ces sites et ne sont pas visibles ici&#xa0;: pour l&apos;ensemble du réseau, faites la suppression sur le poste du coordinateur après une synchronisation.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Site de rattachement</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Erase them</source>
        <translation>Les effacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for inactive members…</source>
        <translation>Recherche des usagers inactifs…</translation>
    </message>
    <message numerus="yes">
        <source>%n members have shown no sign since {day}.</source>
        <translation>
            <numerusform>%n usager sans aucune activité depuis le {day}.</numerusform>
            <numerusform>%n usagers sans aucune activité depuis le {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased members no longer need their name kept for funded training: it goes too.</source>
        <translation>
            <numerusform>Le nom de %n usager effacé n&apos;a plus à être conservé pour les formations financées&#xa0;: il est supprimé aussi.</numerusform>
            <numerusform>Les noms de %n usagers effacés n&apos;ont plus à être conservés pour les formations financées&#xa0;: ils sont supprimés aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n members at every desk of the network? This cannot be undone.</source>
        <translation>
            <numerusform>Effacer %n usager sur tous les postes d&apos;accueil du réseau&#x202f;? Cette opération est irréversible.</numerusform>
            <numerusform>Effacer ces %n usagers sur tous les postes d&apos;accueil du réseau&#x202f;? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n members erased.</source>
        <translation>
            <numerusform>%n usager effacé.</numerusform>
            <numerusform>%n usagers effacés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>This visit belongs to another site.</source>
        <translation>Ce passage relève d&apos;un autre site.</translation>
    </message>
    <message>
        <source>This person already sits at a workstation.</source>
        <translation>Cette personne est déjà installée sur un poste.</translation>
    </message>
    <message>
        <source>This person is already in the queue.</source>
        <translation>Cette personne est déjà dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>This person is no longer in the queue.</source>
        <translation>Cette personne n&apos;est plus dans la file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Add to the queue</source>
        <translation>Ajouter à la file d&apos;attente</translation>
    </message>
    <message>
        <source>Who waits for a workstation?</source>
        <translation>Qui attend un poste&#x202f;?</translation>
    </message>
    <message>
        <source>{who} — checked in at {time}</source>
        <translation>{who} — arrivée à {time}</translation>
    </message>
    <message>
        <source>New anonymous ticket</source>
        <translation>Nouveau ticket anonyme</translation>
    </message>
    <message>
        <source>Or find a member</source>
        <translation>Ou chercher un usager</translation>
    </message>
    <message>
        <source>{who} waits for a workstation.</source>
        <translation>{who} attend un poste.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>LAM Desk — recovery code</source>
        <translation>LAM Desk — code de secours</translation>
    </message>
    <message>
        <source>For: {name} (login “{login}”)</source>
        <translation>Pour&#xa0;: {name} (identifiant «&#xa0;{login}&#xa0;»)</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site&#xa0;: {site}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>If you forget your password or your account is locked, click “I forgot my password” at the login screen, type your login and this code, then choose a new password.</source>
        <translation>Si vous oubliez votre mot de passe ou si votre compte est bloqué, cliquez sur «&#xa0;J&apos;ai oublié mon mot de passe&#xa0;» à l&apos;écran de connexion, saisissez votre identifiant et ce code, puis choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>This code works once. Keep this sheet in a locked drawer, never next to the desk PC. After using it, ask the coordinator for a new one.</source>
        <translation>Ce code ne sert qu&apos;une fois. Rangez cette feuille dans un tiroir fermé à clé, jamais à côté du poste d&apos;accueil. Après usage, demandez-en un nouveau au coordinateur.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Here is the one-time recovery code of {name}. Print it or write it down now: it will not be shown again.</source>
        <translation>Voici le code de secours à usage unique de {name}. Imprimez-le ou notez-le maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Enregistrer le code de secours</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryLoginDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Type your login name and the recovery code printed for you, then choose a new password. The code works only once.</source>
        <translation>Saisissez votre identifiant et le code de secours imprimé pour vous, puis choisissez un nouveau mot de passe. Le code ne sert qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Save the new password</source>
        <translation>Enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your login name and your recovery code.</source>
        <translation>Saisissez votre identifiant et votre code de secours.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>People to remind</source>
        <translation>Personnes à rappeler</translation>
    </message>
    <message numerus="yes">
        <source>Bookings of {day}: %n person(s) to remind</source>
        <translation>
            <numerusform>Réservations du {day}&#xa0;: %n personne à rappeler</numerusform>
            <numerusform>Réservations du {day}&#xa0;: %n personnes à rappeler</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Nobody is booked that day.</source>
        <translation>Aucune réservation ce jour-là.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>booked by phone: no number kept</source>
        <translation>réservé par téléphone&#xa0;: aucun numéro conservé</translation>
    </message>
    <message>
        <source>no phone recorded</source>
        <translation>aucun téléphone enregistré</translation>
    </message>
    <message>
        <source>not kept at this desk</source>
        <translation>non conservé à cet accueil</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Animator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>New run</source>
        <translation>Nouvelle session de formation</translation>
    </message>
    <message>
        <source>Change the run</source>
        <translation>Modifier la session de formation</translation>
    </message>
    <message>
        <source>e.g. CNI — Bédarieux — March</source>
        <translation>par ex. CNI — Bédarieux — mars</translation>
    </message>
    <message>
        <source>The course&apos;s own</source>
        <translation>Celui de la formation</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>Fi&amp;nancement</translation>
    </message>
    <message>
        <source>&amp;Create the run</source>
        <translation>&amp;Créer la session</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>No course of the catalogue is offered here.</source>
        <translation>Aucune formation du catalogue n&apos;est proposée ici.</translation>
    </message>
    <message>
        <source>Planned: {hours}.</source>
        <translation>Durée prévue&#xa0;: {hours}.</translation>
    </message>
    <message>
        <source>Leads to: {what}.</source>
        <translation>Prépare à&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Funded by {funder} (operation {number}).</source>
        <translation>Financement&#xa0;: {funder} (opération {number}).</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>Choisissez une formation.</translation>
    </message>
    <message>
        <source>Give the run a label the animators recognise.</source>
        <translation>Donnez à la session un intitulé que les animateurs reconnaîtront.</translation>
    </message>
    <message>
        <source>The run ends before it starts.</source>
        <translation>La session se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <source>Seat someone at {workstation}</source>
        <translation>{workstation}&#xa0;: installer quelqu&apos;un</translation>
    </message>
    <message>
        <source>Who sits down</source>
        <translation>Qui s&apos;installe</translation>
    </message>
    <message>
        <source>{who} — number {n} in the queue, since {time}</source>
        <translation>{who} — n° {n} dans la file d&apos;attente, depuis {time}</translation>
    </message>
    <message>
        <source>{who} — checked in at {time}</source>
        <translation>{who} — arrivée à {time}</translation>
    </message>
    <message>
        <source>New anonymous ticket</source>
        <translation>Nouveau ticket anonyme</translation>
    </message>
    <message>
        <source>Who sits down?</source>
        <translation>Qui s&apos;installe&#x202f;?</translation>
    </message>
    <message>
        <source>Or find a member</source>
        <translation>Ou chercher un usager</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>{workstation} is booked until {time} for {who}.</source>
        <translation>{workstation} est réservé jusqu&apos;à {time} pour {who}.</translation>
    </message>
    <message>
        <source>{workstation} is free for {length}: booked at {time} for {who}.</source>
        <translation>{workstation} est libre pendant {length}&#xa0;: réservé à {time} pour {who}.</translation>
    </message>
    <message>
        <source>{workstation} is free for {length}, until the site closes.</source>
        <translation>{workstation} est libre pendant {length}, jusqu&apos;à la fermeture du site.</translation>
    </message>
    <message>
        <source>{workstation} is free.</source>
        <translation>{workstation} est libre.</translation>
    </message>
    <message>
        <source>Choose who sits down.</source>
        <translation>Choisissez qui s&apos;installe.</translation>
    </message>
    <message>
        <source>{who} is seated at {workstation} until {time}.</source>
        <translation>{workstation}&#xa0;: {who} installé(e) jusqu&apos;à {time}.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}. Is it working again?</source>
        <translation>{workstation} est hors service&#xa0;: {reason}. Le poste fonctionne-t-il de nouveau&#x202f;?</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>What is wrong: screen, keyboard, will not start…</source>
        <translation>Le problème&#xa0;: écran, clavier, ne démarre pas…</translation>
    </message>
    <message>
        <source>Why is {workstation} out of service?</source>
        <translation>Pourquoi mettre {workstation} hors service&#x202f;?</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <source>{workstation} is back in service.</source>
        <translation>{workstation} est de nouveau en service.</translation>
    </message>
    <message>
        <source>{workstation} is out of service.</source>
        <translation>{workstation} est hors service.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>&amp;Morning</source>
        <translation>&amp;Matin</translation>
    </message>
    <message>
        <source>&amp;Afternoon</source>
        <translation>Ap&amp;rès-midi</translation>
    </message>
    <message>
        <source>e.g. Module 2 — e-mail and attachments</source>
        <translation>par ex. Module 2 — courriel et pièces jointes</translation>
    </message>
    <message>
        <source>An external trainer…</source>
        <translation>Un formateur extérieur…</translation>
    </message>
    <message>
        <source>The external trainer&apos;s name</source>
        <translation>Nom du formateur extérieur</translation>
    </message>
    <message>
        <source>the run&apos;s ({seats})</source>
        <translation>comme la session ({seats})</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>M&amp;odule</source>
        <translation>M&amp;odule</translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation>&amp;Formateur</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>Workstations held for the group (Space ticks one):</source>
        <translation>Postes réservés au groupe (la barre d&apos;espace coche un poste)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add the session</source>
        <translation>&amp;Ajouter la séance</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Add, then the &amp;next week</source>
        <translation>Ajouter, puis la semaine &amp;suivante</translation>
    </message>
    <message>
        <source>Add this session and prepare the same a week later</source>
        <translation>Ajouter cette séance et préparer la même une semaine plus tard</translation>
    </message>
    <message>
        <source>Tick the morning, the afternoon, or both.</source>
        <translation>Cochez le matin, l&apos;après-midi, ou les deux.</translation>
    </message>
    <message>
        <source>A half-day ends after it starts.</source>
        <translation>L&apos;heure de fin d&apos;une demi-journée doit être après son heure de début.</translation>
    </message>
    <message>
        <source>Type the external trainer&apos;s name.</source>
        <translation>Saisissez le nom du formateur extérieur.</translation>
    </message>
    <message>
        <source>Added: {day}, {times}. Now the next one:</source>
        <translation>Séance ajoutée&#xa0;: {day}, {times}. Saisissez maintenant la suivante&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Staff accounts are managed by the network coordinator.</source>
        <translation>Les comptes du personnel sont gérés par le coordinateur du réseau.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Choose a site of the network.</source>
        <translation>Choisissez un site du réseau.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Which site does this desk serve?</source>
        <translation>Quel site ce poste d&apos;accueil dessert-il&#x202f;?</translation>
    </message>
    <message>
        <source>Choose the access point where this computer stands. A desk at a LAM also serves the antennas attached to it; you choose the day&apos;s site at login.</source>
        <translation>Choisissez le lieu où se trouve cet ordinateur. Un poste d&apos;accueil de LAM dessert aussi les antennes qui lui sont rattachées&#x202f;; le site du jour se choisit à la connexion.</translation>
    </message>
    <message>
        <source>{name} (antenna of {parent})</source>
        <translation>{name} (antenne de {parent})</translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>This site does not exist.</source>
        <translation>Ce site n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only a coordinator can change a site&apos;s settings.</source>
        <translation>Seul un coordinateur peut modifier les réglages d&apos;un site.</translation>
    </message>
    <message>
        <source>Lengths and delays are a number of minutes above 0.</source>
        <translation>Les durées et les délais doivent être un nombre de minutes supérieur à 0.</translation>
    </message>
    <message>
        <source>The daily quota cannot be negative (0 means no quota).</source>
        <translation>Le quota journalier ne peut pas être négatif (0 signifie sans quota).</translation>
    </message>
    <message>
        <source>No length or delay goes beyond {hours} hours.</source>
        <translation>Aucune durée ni aucun délai ne peut dépasser {hours} h.</translation>
    </message>
    <message>
        <source>The usual length of a session cannot be longer than its maximum length.</source>
        <translation>La durée habituelle d&apos;utilisation d&apos;un poste ne peut pas dépasser sa durée maximale.</translation>
    </message>
    <message>
        <source>The shortest booking cannot be longer than the longest booking.</source>
        <translation>La durée minimale d&apos;une réservation ne peut pas dépasser sa durée maximale.</translation>
    </message>
    <message>
        <source>The no-show delay must be shorter than the shortest booking ({minutes} min).</source>
        <translation>Le délai de libération d&apos;une réservation non honorée doit être plus court que la réservation la plus courte ({minutes} min).</translation>
    </message>
    <message>
        <source>The daily quota is shorter than the shortest booking: nobody could book.</source>
        <translation>Le quota journalier est plus court que la réservation la plus courte&#xa0;: personne ne pourrait réserver.</translation>
    </message>
    <message>
        <source>Offer at least one purpose of visit.</source>
        <translation>Proposez au moins un motif de passage.</translation>
    </message>
    <message>
        <source>Unknown purpose of visit: {code}.</source>
        <translation>Motif de passage inconnu&#xa0;: {code}.</translation>
    </message>
</context>
<context>
    <name>SiteSettingsPanel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Only a coordinator changes a site&apos;s settings: they are shown here to read.</source>
        <translation>Seul un coordinateur peut modifier les réglages d&apos;un site&#xa0;: ils sont affichés ici en lecture seule.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Plages d&apos;ouverture</translation>
    </message>
    <message>
        <source>Write each day&apos;s intervals as 09:00-12:00, 14:00-18:00; leave a day empty when the site is closed. Public holidays are always closed.</source>
        <translation>Saisissez les plages de chaque jour sous la forme 09:00-12:00, 14:00-18:00&#x202f;; laissez vide un jour de fermeture. Le site est toujours fermé les jours fériés.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Reason (works, staff training…)</source>
        <translation>Motif (travaux, formation du personnel…)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen closure</source>
        <translation>&amp;Retirer la fermeture choisie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Sessions and bookings</source>
        <translation>Sessions et réservations</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sans quota</translation>
    </message>
    <message>
        <source>Usual session at a workstation</source>
        <translation>Durée habituelle d&apos;une session sur un poste</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Durée maximale d&apos;une session</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Durée minimale d&apos;une réservation</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Durée maximale d&apos;une réservation</translation>
    </message>
    <message>
        <source>Booked time a day per person</source>
        <translation>Temps réservable par jour et par personne</translation>
    </message>
    <message>
        <source>Release a booking nobody claims after</source>
        <translation>Libérer une réservation sans arrivée au bout de</translation>
    </message>
    <message>
        <source>Purposes of visit offered</source>
        <translation>Motifs de passage proposés</translation>
    </message>
    <message>
        <source>Every purpose of the network (new ones included)</source>
        <translation>Tous les motifs du réseau (y compris les nouveaux)</translation>
    </message>
    <message>
        <source>Save the site&apos;s settings</source>
        <translation>Enregistrer les réglages du site</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>A closure ends before it starts: check its dates.</source>
        <translation>Une fermeture finit avant de commencer&#xa0;: vérifiez ses dates.</translation>
    </message>
    <message>
        <source>{day}: write the hours as 09:00-12:00, 14:00-18:00 (“{text}” cannot be read).</source>
        <translation>{day}&#xa0;: saisissez les horaires sous la forme 09:00-12:00, 14:00-18:00 («&#xa0;{text}&#xa0;» est illisible).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synchronised: {pushed} changes sent ({applied} applied, {duplicate} already there, {rejected} refused), {pulled} rows received ({pulled_applied} applied).</source>
        <translation>Synchronisé. Modifications envoyées&#xa0;: {pushed} (appliquées&#xa0;: {applied}&#x202f;; déjà reçues&#xa0;: {duplicate}&#x202f;; refusées&#xa0;: {rejected}). Lignes reçues&#xa0;: {pulled} (appliquées&#xa0;: {pulled_applied}).</translation>
    </message>
    <message>
        <source>Password of the site&apos;s login: </source>
        <translation>Mot de passe de l&apos;identifiant du site&#xa0;: </translation>
    </message>
    <message>
        <source>Add --once: continuous synchronisation runs in the desk itself.</source>
        <translation>Ajoutez --once&#xa0;: la synchronisation continue se fait dans le poste d&apos;accueil lui-même.</translation>
    </message>
    <message>
        <source>This desk has never synchronised: give the central store with --url.</source>
        <translation>Ce poste ne s&apos;est jamais synchronisé&#xa0;: indiquez la base centrale avec --url.</translation>
    </message>
    <message>
        <source>Changes not sent: this computer&apos;s clock is {minutes} min off the central store&apos;s. Set the clock right; the changes are kept.</source>
        <translation>Modifications non envoyées&#xa0;: l&apos;horloge de cet ordinateur a {minutes} min d&apos;écart avec celle de la base centrale. Remettez l&apos;horloge à l&apos;heure&#x202f;; les modifications sont conservées.</translation>
    </message>
    <message>
        <source>The central store cannot be reached: {reason}</source>
        <translation>La base centrale est injoignable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The central store needs a newer version of LAM Desk: update this desk. Its changes are kept and will be sent after the update.</source>
        <translation>La base centrale demande une version plus récente de LAM Desk&#xa0;: mettez ce poste à jour. Ses modifications sont conservées et seront envoyées après la mise à jour.</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Time in use</source>
        <translation>Durée d&apos;utilisation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The day&apos;s tally — {day}</source>
        <translation>Bilan de la journée — {day}</translation>
    </message>
    <message>
        <source>Day closed at {time} by {name}.</source>
        <translation>Journée clôturée à {time} par {name}.</translation>
    </message>
    <message>
        <source>Counted at {time}; the day is not closed yet.</source>
        <translation>Chiffres arrêtés à {time}&#x202f;; la journée n&apos;est pas encore clôturée.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) welcomed</source>
        <translation>
            <numerusform>%n personne accueillie</numerusform>
            <numerusform>%n personnes accueillies</numerusform>
        </translation>
    </message>
    <message>
        <source>({members} members, {anonymous} anonymous)</source>
        <translation>(usagers inscrits&#xa0;: {members}, anonymes&#xa0;: {anonymous})</translation>
    </message>
    <message>
        <source>{time} at the workstations</source>
        <translation>Temps passé sur les postes&#xa0;: {time}</translation>
    </message>
    <message numerus="yes">
        <source>Bookings: %n honoured</source>
        <translation>
            <numerusform>Réservations&#xa0;: %n honorée</numerusform>
            <numerusform>Réservations&#xa0;: %n honorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n joined</source>
        <translation>
            <numerusform>File d&apos;attente&#xa0;: %n personne entrée</numerusform>
            <numerusform>File d&apos;attente&#xa0;: %n personnes entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seated from it</source>
        <translation>
            <numerusform>%n installée à un poste</numerusform>
            <numerusform>%n installées à un poste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left without a workstation</source>
        <translation>
            <numerusform>%n partie sans poste</numerusform>
            <numerusform>%n parties sans poste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session terminée</numerusform>
            <numerusform>%n sessions terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) closed</source>
        <translation>
            <numerusform>%n passage clôturé</numerusform>
            <numerusform>%n passages clôturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) released as no-shows</source>
        <translation>
            <numerusform>%n réservation libérée pour absence</numerusform>
            <numerusform>%n réservations libérées pour absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) left running: no hours until corrected</source>
        <translation>
            <numerusform>%n horaire FOAD resté ouvert&#xa0;: aucune heure tant que ce n&apos;est pas corrigé</numerusform>
            <numerusform>%n horaires FOAD restés ouverts&#xa0;: aucune heure tant que ce n&apos;est pas corrigé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left open on earlier days closed</source>
        <translation>
            <numerusform>%n élément resté ouvert un jour précédent clôturé</numerusform>
            <numerusform>%n éléments restés ouverts les jours précédents clôturés</numerusform>
        </translation>
    </message>
    <message>
        <source>Day closed at {time} by {name}: {done}.</source>
        <translation>Journée clôturée à {time} par {name}&#xa0;: {done}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk wait to be sent to the central store. They go at the next synchronisation: leave the desk connected, or synchronise before switching off.</source>
        <translation>
            <numerusform>%n modification de ce poste attend d&apos;être envoyée à la base centrale. Elle partira à la prochaine synchronisation&#xa0;: laissez le poste connecté, ou synchronisez avant d&apos;éteindre.</numerusform>
            <numerusform>%n modifications de ce poste attendent d&apos;être envoyées à la base centrale. Elles partiront à la prochaine synchronisation&#xa0;: laissez le poste connecté, ou synchronisez avant d&apos;éteindre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk wait to be sent, and synchronisation is not configured: they are kept on this computer only (and in its backups). Tell the coordinator.</source>
        <translation>
            <numerusform>%n modification de ce poste attend d&apos;être envoyée, et la synchronisation n&apos;est pas configurée&#xa0;: elle n&apos;est conservée que sur cet ordinateur (et dans ses sauvegardes). Prévenez le coordinateur.</numerusform>
            <numerusform>%n modifications de ce poste attendent d&apos;être envoyées, et la synchronisation n&apos;est pas configurée&#xa0;: elles ne sont conservées que sur cet ordinateur (et dans ses sauvegardes). Prévenez le coordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: in progress…</source>
        <translation>Sauvegarde&#xa0;: en cours…</translation>
    </message>
    <message>
        <source>Backup made at {time}.</source>
        <translation>Sauvegarde faite à {time}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Hours: present, the half-day&apos;s hours; late, from the arrival time to the end of the half-day; excused or absent, none. An excused half-day does not count against the attendance rate.</source>
        <translation>Heures comptées&#xa0;: présent, celles de la demi-journée&#x202f;; en retard, de l&apos;heure d&apos;arrivée à la fin de la demi-journée&#x202f;; excusé ou absent, aucune. Une demi-journée excusée ne fait pas baisser le taux d&apos;assiduité.</translation>
    </message>
    <message>
        <source>Type a time such as 09:30.</source>
        <translation>Saisissez une heure, par ex. 09:30.</translation>
    </message>
    <message>
        <source>The half-day must end after it starts.</source>
        <translation>La demi-journée doit finir après son début.</translation>
    </message>
    <message>
        <source>The morning must end by 14:00.</source>
        <translation>Le matin doit finir au plus tard à 14:00.</translation>
    </message>
    <message>
        <source>The afternoon starts at 12:00 or later.</source>
        <translation>L&apos;après-midi commence au plus tôt à 12:00.</translation>
    </message>
    <message>
        <source>Give the session a morning, an afternoon or both.</source>
        <translation>Indiquez pour la séance un matin, un après-midi ou les deux.</translation>
    </message>
    <message>
        <source>The afternoon must start after the morning ends.</source>
        <translation>L&apos;après-midi doit commencer après la fin du matin.</translation>
    </message>
    <message>
        <source>The capacity is a number of seats from 1 to {most}.</source>
        <translation>La capacité est un nombre de places de 1 à {most}.</translation>
    </message>
    <message>
        <source>Say why the locked attendance is corrected (a short sentence).</source>
        <translation>Indiquez pourquoi l&apos;émargement verrouillé est corrigé (une phrase courte).</translation>
    </message>
    <message>
        <source>Say why the times are corrected (a short sentence).</source>
        <translation>Indiquez pourquoi les horaires sont corrigés (une courte phrase).</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>Le motif est trop long ({n} caractères au maximum).</translation>
    </message>
    <message>
        <source>Late: type the arrival time.</source>
        <translation>En retard&#xa0;: saisissez l&apos;heure d&apos;arrivée.</translation>
    </message>
    <message>
        <source>A late arrival is between {start} and {end}: {arrival} is not.</source>
        <translation>Une arrivée en retard se situe entre {start} et {end}&#xa0;: ce n&apos;est pas le cas de {arrival}.</translation>
    </message>
    <message>
        <source>It is {clock}: an arrival at {arrival} is still to come.</source>
        <translation>Il est {clock}&#xa0;: une arrivée à {arrival} n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>The departure must come after the arrival ({time}).</source>
        <translation>Le départ doit venir après l&apos;arrivée ({time}).</translation>
    </message>
    <message>
        <source>It is {clock}: a departure at {time} is still to come.</source>
        <translation>Il est {clock}&#xa0;: un départ à {time} n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Only a coordinator edits the funding lines.</source>
        <translation>Seul un coordinateur modifie les financements.</translation>
    </message>
    <message>
        <source>This funding line no longer exists.</source>
        <translation>Ce financement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Write the programme period as 2021-2027.</source>
        <translation>Écrivez la période de programmation sous la forme 2021-2027.</translation>
    </message>
    <message>
        <source>Keep the records from 1 to 50 years.</source>
        <translation>Conservation de 1 à 50 ans.</translation>
    </message>
    <message>
        <source>At most {n} characters here.</source>
        <translation>{n} caractères au maximum ici.</translation>
    </message>
    <message>
        <source>Only a coordinator edits the catalogue.</source>
        <translation>Seul un coordinateur peut modifier le catalogue.</translation>
    </message>
    <message>
        <source>The code is 1 to 20 capital letters, digits, “-” or “_” (CNI).</source>
        <translation>Le code comporte de 1 à 20 majuscules, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» (par ex. CNI).</translation>
    </message>
    <message>
        <source>Give the course a title (at most {n} characters).</source>
        <translation>Donnez un intitulé à la formation ({n} caractères au maximum).</translation>
    </message>
    <message>
        <source>The planned hours are from 0 to 2000.</source>
        <translation>Le nombre d&apos;heures prévues va de 0 à 2000.</translation>
    </message>
    <message>
        <source>Choose the funding line in the list.</source>
        <translation>Choisissez la ligne de financement dans la liste.</translation>
    </message>
    <message>
        <source>Choose sites of the network.</source>
        <translation>Choisissez des sites du réseau.</translation>
    </message>
    <message>
        <source>Another course has the code {code}.</source>
        <translation>Une autre formation a déjà le code {code}.</translation>
    </message>
    <message>
        <source>This course no longer exists.</source>
        <translation>Cette formation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This course run no longer exists.</source>
        <translation>Cette session de formation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Your account is not active any more: log in again.</source>
        <translation>Votre compte n&apos;est plus actif&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only the desk of {site} changes its course runs and sessions.</source>
        <translation>Seul le poste de {site} peut modifier ses sessions de formation et leurs séances.</translation>
    </message>
    <message>
        <source>Choose a course of the catalogue.</source>
        <translation>Choisissez une formation du catalogue.</translation>
    </message>
    <message>
        <source>This course is not offered at this site.</source>
        <translation>Cette formation n&apos;est pas proposée sur ce site.</translation>
    </message>
    <message>
        <source>The run must end on or after its first day.</source>
        <translation>La session doit finir le jour de son début ou après.</translation>
    </message>
    <message>
        <source>A run lasts three years at most.</source>
        <translation>Une session dure trois ans au plus.</translation>
    </message>
    <message>
        <source>The label is too long (at most {n} characters).</source>
        <translation>Le libellé est trop long ({n} caractères au maximum).</translation>
    </message>
    <message>
        <source>A run keeps its course and its site: create another run instead.</source>
        <translation>Une session garde sa formation et son site&#xa0;: créez plutôt une autre session.</translation>
    </message>
    <message>
        <source>The session of {day} would fall outside the run&apos;s dates.</source>
        <translation>La séance du {day} tomberait en dehors des dates de la session.</translation>
    </message>
    <message>
        <source>Choose a day from {first} to {last} (the run&apos;s dates).</source>
        <translation>Choisissez un jour du {first} au {last} (dates de la session).</translation>
    </message>
    <message>
        <source>The module title is too long (at most {n} characters).</source>
        <translation>L&apos;intitulé du module est trop long ({n} caractères au maximum).</translation>
    </message>
    <message>
        <source>Choose an active animator as the trainer.</source>
        <translation>Choisissez comme formateur un animateur actif.</translation>
    </message>
    <message>
        <source>Choose the trainer: an animator, or type an external trainer&apos;s name.</source>
        <translation>Choisissez le formateur&#xa0;: un animateur, ou saisissez le nom d&apos;un formateur extérieur.</translation>
    </message>
    <message>
        <source>This desk has no coordinator account.</source>
        <translation>Ce poste n&apos;a aucun compte de coordinateur.</translation>
    </message>
    <message>
        <source>A session stays in its run.</source>
        <translation>Une séance ne peut pas changer de session.</translation>
    </message>
    <message>
        <source>This session is closed: its attendance is locked. A coordinator can correct it.</source>
        <translation>Cette séance est clôturée&#xa0;: son émargement est verrouillé. Un coordinateur peut le corriger.</translation>
    </message>
    <message>
        <source>This member is not in the directory any more (erased or merged).</source>
        <translation>Cet usager ne figure plus dans l&apos;annuaire (effacé ou fusionné).</translation>
    </message>
    <message>
        <source>This run is over: it ended on {day}.</source>
        <translation>Cette session est terminée&#xa0;: elle a pris fin le {day}.</translation>
    </message>
    <message>
        <source>This session is not of this run.</source>
        <translation>Cette séance n&apos;appartient pas à cette session.</translation>
    </message>
    <message>
        <source>This session is over: enrol in a later one.</source>
        <translation>Cette séance est passée&#xa0;: choisissez une séance à venir.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist (position {position}).</source>
        <translation>{name} est déjà sur la liste d&apos;attente (rang {position}).</translation>
    </message>
    <message>
        <source>{name} is already enrolled.</source>
        <translation>{name} a déjà une inscription.</translation>
    </message>
    <message>
        <source>This desk&apos;s site is unknown.</source>
        <translation>Le site de ce poste est inconnu.</translation>
    </message>
    <message>
        <source>This enrolment no longer exists.</source>
        <translation>Cette inscription n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This enrolment is already cancelled.</source>
        <translation>Cette inscription est déjà annulée.</translation>
    </message>
    <message>
        <source>This run is over: its enrolments are kept as they are.</source>
        <translation>Cette session est terminée&#xa0;: ses inscriptions restent en l&apos;état.</translation>
    </message>
    <message>
        <source>This session is on {day}: its attendance is marked on the day.</source>
        <translation>Cette séance a lieu le {day}&#xa0;: l&apos;émargement se fait le jour même.</translation>
    </message>
    <message>
        <source>This person is not on the session&apos;s list: add them as a walk-in first.</source>
        <translation>Cette personne n&apos;est pas sur la liste de la séance&#xa0;: ajoutez-la d&apos;abord comme personne venue sans inscription.</translation>
    </message>
    <message>
        <source>This session has no such half-day.</source>
        <translation>Cette séance n&apos;a pas cette demi-journée.</translation>
    </message>
    <message>
        <source>{name} is already on the session&apos;s list.</source>
        <translation>{name} figure déjà sur la liste de la séance.</translation>
    </message>
    <message>
        <source>This session ends at {time}: close it once it is over (its hours would count time still to come).</source>
        <translation>Cette séance se termine à {time}&#xa0;: clôturez-la une fois finie (ses heures compteraient un temps qui n&apos;a pas encore eu lieu).</translation>
    </message>
    <message>
        <source>Boxes still to mark: {count}. Mark every learner&apos;s half-days, then close the session.</source>
        <translation>Cases encore à saisir&#xa0;: {count}. Renseignez les demi-journées de chaque stagiaire, puis clôturez la séance.</translation>
    </message>
    <message>
        <source>Only a coordinator corrects locked attendance.</source>
        <translation>Seul un coordinateur peut corriger un émargement verrouillé.</translation>
    </message>
    <message>
        <source>This session is not closed: mark its attendance on the marking screen.</source>
        <translation>Cette séance n&apos;est pas clôturée&#xa0;: saisissez les présences dans l&apos;écran d&apos;émargement.</translation>
    </message>
    <message>
        <source>Attach the scan as a PDF, JPEG or PNG file.</source>
        <translation>Joignez la feuille numérisée sous forme de fichier PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Impossible de lire le fichier {file}.</translation>
    </message>
    <message>
        <source>The scan is too large (at most {mb} MB).</source>
        <translation>Le fichier numérisé est trop volumineux ({mb} Mo au maximum).</translation>
    </message>
    <message>
        <source>{file} is not a PDF, JPEG or PNG file, whatever its name says.</source>
        <translation>{file} n&apos;est pas un fichier PDF, JPEG ou PNG, quoi qu&apos;en dise son nom.</translation>
    </message>
    <message>
        <source>The scan could not be copied into {folder}.</source>
        <translation>Le fichier numérisé n&apos;a pas pu être copié dans {folder}.</translation>
    </message>
    <message>
        <source>Time in and out is for distance learning (FOAD) runs only.</source>
        <translation>Les heures d&apos;entrée et de sortie ne concernent que les sessions en formation ouverte et à distance (FOAD).</translation>
    </message>
    <message>
        <source>Only an enrolled learner&apos;s time is recorded.</source>
        <translation>Le temps n&apos;est enregistré que pour un stagiaire inscrit.</translation>
    </message>
    <message>
        <source>{name} has been working since {time}.</source>
        <translation>{name} travaille déjà depuis {time}.</translation>
    </message>
    <message>
        <source>{name} has no time running here: record the time in.</source>
        <translation>{name} n&apos;a pas de temps en cours ici&#xa0;: enregistrez d&apos;abord l&apos;heure d&apos;entrée.</translation>
    </message>
    <message>
        <source>This time no longer exists.</source>
        <translation>Cet horaire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This time is still running: record the departure instead.</source>
        <translation>Cet horaire est en cours&#xa0;: notez plutôt le départ.</translation>
    </message>
    <message>
        <source>These times overlap another time of the learner ({start}–{end}).</source>
        <translation>Ces horaires chevauchent un autre horaire du stagiaire ({start}–{end}).</translation>
    </message>
    <message>
        <source>Only an enrolled learner gets a certificate.</source>
        <translation>Seul un stagiaire inscrit reçoit une attestation.</translation>
    </message>
    <message>
        <source>No session of this run is closed yet: a certificate is made from locked attendance only.</source>
        <translation>Aucune séance de cette session n&apos;est encore clôturée&#xa0;: une attestation ne s&apos;établit qu&apos;à partir d&apos;émargements verrouillés.</translation>
    </message>
    <message>
        <source>{name} has no attendance in the closed sessions of this run.</source>
        <translation>{name} n&apos;a aucune présence aux séances clôturées de cette session.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>to mark</source>
        <translation>à saisir</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Late, {time}</source>
        <translation>En retard, {time}</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>waitlist no. {position}</source>
        <translation>liste d&apos;attente n° {position}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>{enrolled}/{capacity}</source>
        <translation>{enrolled}/{capacity}</translation>
    </message>
    <message numerus="yes">
        <source>%n provisional</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>{count} provisional</source>
        <translation>{count} à confirmer</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>New run…</source>
        <translation>Nouvelle session de formation…</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>Séances de la semaine</translation>
    </message>
    <message>
        <source>Runs to come</source>
        <translation>Sessions à venir</translation>
    </message>
    <message>
        <source>Choose a session or a run on the left.</source>
        <translation>Choisissez une séance ou une session de formation à gauche.</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Ajouter une séance…</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>Faire l&apos;émargement</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>This session&apos;s sheet…</source>
        <translation>Feuille de cette séance…</translation>
    </message>
    <message>
        <source>A blank sheet…</source>
        <translation>Une feuille vierge…</translation>
    </message>
    <message>
        <source>The sheets of every session…</source>
        <translation>Les feuilles de toutes les séances…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>The run…</source>
        <translation>La session de formation…</translation>
    </message>
    <message>
        <source>This session…</source>
        <translation>Cette séance…</translation>
    </message>
    <message>
        <source>Enrolled, then the waitlist</source>
        <translation>Inscrit(e)s, puis liste d&apos;attente</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <source>Cancel the enrolment</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Attestation…</translation>
    </message>
    <message>
        <source>Distance learning: time at a workstation</source>
        <translation>Formation à distance&#xa0;: temps passé sur un poste</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Correct a time…</source>
        <translation>Corriger un horaire…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Émargement</translation>
    </message>
    <message>
        <source>{day} only</source>
        <translation>{day} seulement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>Carte {number}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>FOAD</source>
        <translation>FOAD</translation>
    </message>
    <message>
        <source>Distance learning: since when the learner is at a workstation, and their hours recorded</source>
        <translation>Formation à distance&#xa0;: depuis quand le stagiaire est sur un poste, et ses heures enregistrées</translation>
    </message>
    <message>
        <source>{day} never ended · {hours}</source>
        <translation>{day} jamais terminé · {hours}</translation>
    </message>
    <message>
        <source>since {time} · {hours}</source>
        <translation>depuis {time} · {hours}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>signed sheet</source>
        <translation>feuille signée</translation>
    </message>
    <message>
        <source>to close</source>
        <translation>à clôturer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>This site or the whole network</source>
        <translation>Ce site ou tout le réseau</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nouvelle session de formation</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>The sheets of every session</source>
        <translation>Les feuilles de toutes les séances</translation>
    </message>
    <message>
        <source>A blank sheet</source>
        <translation>Une feuille vierge</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>Corriger un horaire</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>This session (Ctrl+P), a blank sheet (Ctrl+B), every session (Ctrl+Shift+P)</source>
        <translation>Cette séance (Ctrl+P), une feuille vierge (Ctrl+B), toutes les séances (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Cancel the enrolment (Delete in the list)</source>
        <translation>Annuler l&apos;inscription (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>No training session this week. PgDown: next week; Ctrl+N: a new run.</source>
        <translation>Aucune séance de formation cette semaine. Page suiv&#xa0;: semaine suivante&#x202f;; Ctrl+N&#xa0;: nouvelle session de formation.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} planned</source>
        <translation>durée prévue&#xa0;: {hours}</translation>
    </message>
    <message>
        <source>funded: {funder}, operation {number}</source>
        <translation>financement&#xa0;: {funder}, opération {number}</translation>
    </message>
    <message>
        <source>funded: {funder}</source>
        <translation>financement&#xa0;: {funder}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) taken</source>
        <translation>
            <numerusform>%n place occupée</numerusform>
            <numerusform>%n places occupées</numerusform>
        </translation>
    </message>
    <message>
        <source>of {capacity}</source>
        <translation>sur {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n sur liste d&apos;attente</numerusform>
            <numerusform>%n sur liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: made at a desk and not yet confirmed by the central store; a confirmed seat is never taken back.</source>
        <translation>À confirmer&#xa0;: inscriptions faites à un poste d&apos;accueil et pas encore confirmées par la base centrale&#x202f;; une place confirmée n&apos;est jamais retirée.</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Tout le réseau</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Semaine du {first} au {last}</translation>
    </message>
    <message>
        <source>{week} (this week)</source>
        <translation>{week} (cette semaine)</translation>
    </message>
    <message>
        <source>A certificate comes from locked attendance: close a session first.</source>
        <translation>Une attestation vient d&apos;émargements verrouillés&#xa0;: clôturez d&apos;abord une séance.</translation>
    </message>
    <message>
        <source>Choose an enrolled learner in the list.</source>
        <translation>Choisissez un stagiaire inscrit dans la liste.</translation>
    </message>
    <message>
        <source>The learner&apos;s certificate (Ctrl+Shift+C)</source>
        <translation>L&apos;attestation du stagiaire (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Correct a time (Ctrl+Shift+H)</source>
        <translation>Corriger un horaire (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Arrival (Ctrl+Shift+A)</source>
        <translation>Arrivée (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Choose an enrolled learner who is not at a workstation.</source>
        <translation>Choisissez un stagiaire inscrit qui n&apos;est pas sur un poste.</translation>
    </message>
    <message>
        <source>Departure (Ctrl+Shift+D)</source>
        <translation>Départ (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Choose a learner at a workstation.</source>
        <translation>Choisissez un stagiaire installé sur un poste.</translation>
    </message>
    <message>
        <source>{name} is not enrolled: only an enrolled learner&apos;s time is recorded.</source>
        <translation>{name} n&apos;est pas inscrit&#xa0;: seul le temps d&apos;un stagiaire inscrit est enregistré.</translation>
    </message>
    <message>
        <source>{name}&apos;s time of {day} was never ended: it counts no hours until corrected.</source>
        <translation>L&apos;horaire de {name} du {day} n&apos;a jamais été terminé&#xa0;: il ne compte aucune heure tant qu&apos;il n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>{name} is at a workstation since {time}.</source>
        <translation>{name} est sur un poste depuis {time}.</translation>
    </message>
    <message>
        <source>{name} is not at a workstation.</source>
        <translation>{name} n&apos;est pas sur un poste.</translation>
    </message>
    <message>
        <source>Today: {times}</source>
        <translation>Aujourd&apos;hui&#xa0;: {times}</translation>
    </message>
    <message>
        <source>Today: no time yet.</source>
        <translation>Aujourd&apos;hui&#xa0;: pas encore d&apos;horaire.</translation>
    </message>
    <message numerus="yes">
        <source>Total: {hours} over %n time(s)</source>
        <translation>
            <numerusform>Total&#xa0;: {hours} sur %n horaire</numerusform>
            <numerusform>Total&#xa0;: {hours} sur %n horaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Aucun horaire enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Run changed: {label}.</source>
        <translation>Session de formation modifiée&#xa0;: {label}.</translation>
    </message>
    <message>
        <source>Run created: {label}. Now its sessions.</source>
        <translation>Session de formation créée&#xa0;: {label}. Ajoutez maintenant ses séances.</translation>
    </message>
    <message>
        <source>Session added: {day}, {times}.</source>
        <translation>Séance ajoutée&#xa0;: {day}, {times}.</translation>
    </message>
    <message>
        <source>Session changed: {day}, {times}.</source>
        <translation>Séance modifiée&#xa0;: {day}, {times}.</translation>
    </message>
    <message>
        <source>Cancel the enrolment of {name}? Their seat goes to the first person on the waitlist, if any.</source>
        <translation>Annuler l&apos;inscription de {name}&#x202f;? Sa place revient à la première personne de la liste d&apos;attente, s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>Take {name} off the waitlist?</source>
        <translation>Retirer {name} de la liste d&apos;attente&#x202f;?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <source>Enrolment cancelled: {name}.</source>
        <translation>Inscription annulée&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>☎ To call: {name} was first on the waitlist and now has a seat. Phone: {phone}.</source>
        <translation>☎ À appeler&#xa0;: {name} était en tête de la liste d&apos;attente et a maintenant une place. Téléphone&#xa0;: {phone}.</translation>
    </message>
    <message>
        <source>☎ To call: {name} was first on the waitlist and now has a seat. Their phone is kept at {site}.</source>
        <translation>☎ À appeler&#xa0;: {name} était en tête de la liste d&apos;attente et a maintenant une place. Son téléphone est conservé par le site {site}.</translation>
    </message>
    <message>
        <source>☎ To call: {name} was first on the waitlist and now has a seat. No phone on their card.</source>
        <translation>☎ À appeler&#xa0;: {name} était en tête de la liste d&apos;attente et a maintenant une place. Aucun téléphone sur sa fiche.</translation>
    </message>
    <message>
        <source>☎ To tell: {name} was first on the waitlist and now has a seat. Their phone is kept at their home site.</source>
        <translation>☎ À prévenir&#xa0;: {name} était en tête de la liste d&apos;attente et a maintenant une place. Son téléphone est conservé par son site de rattachement.</translation>
    </message>
    <message>
        <source>Arrival of {name} at {time}.</source>
        <translation>Arrivée de {name} à {time}.</translation>
    </message>
    <message>
        <source>{name}&apos;s time of {day} was still running: it counts no hours until its real departure is typed (Correct a time, Ctrl+Shift+H).</source>
        <translation>L&apos;horaire de {name} du {day} était resté ouvert&#xa0;: il ne compte aucune heure tant que le vrai départ n&apos;est pas saisi (Corriger un horaire, Ctrl+Maj+H).</translation>
    </message>
    <message>
        <source>Choose a learner with a time already ended, or never ended.</source>
        <translation>Choisissez un stagiaire ayant un horaire terminé, ou jamais terminé.</translation>
    </message>
    <message>
        <source>Departure of {name} at {time}: {hours} this time.</source>
        <translation>Départ de {name} à {time}&#xa0;: {hours} cette fois.</translation>
    </message>
    <message>
        <source>Time of {name} corrected: {start}–{end}, {hours}.</source>
        <translation>Horaire de {name} corrigé&#xa0;: {start}–{end}, {hours}.</translation>
    </message>
    <message>
        <source>Blank attendance sheet</source>
        <translation>Feuille d&apos;émargement vierge</translation>
    </message>
    <message>
        <source>Attendance sheets of the run ({count})</source>
        <translation>Feuilles d&apos;émargement de la session ({count})</translation>
    </message>
    <message>
        <source>Attendance sheet no. {number}</source>
        <translation>Feuille d&apos;émargement n° {number}</translation>
    </message>
    <message>
        <source>Each learner signs the box of each half-day; the trainer signs under each half-day. The sheet number and its fingerprint are kept with the session.</source>
        <translation>Chaque stagiaire signe la case de chaque demi-journée&#x202f;; le formateur signe sous chaque demi-journée. Le numéro de la feuille et son empreinte sont conservés avec la séance.</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Attestation — {name}</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>(name erased)</source>
        <translation>(nom effacé)</translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation>Ticket {ticket}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation>{hours} h {minutes:02d}</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Tick at least one reason for the visit.</source>
        <translation>Cochez au moins un motif de passage.</translation>
    </message>
    <message>
        <source>This reason for a visit is not in the list any more: {code}.</source>
        <translation>Ce motif de passage ne figure plus dans la liste&#xa0;: {code}.</translation>
    </message>
    <message>
        <source>Count from 1 to {most} people at a time.</source>
        <translation>Comptez de 1 à {most} personnes à la fois.</translation>
    </message>
    <message>
        <source>This card is no longer in the directory (erased or replaced).</source>
        <translation>Cette fiche ne figure plus dans l&apos;annuaire (effacée ou remplacée).</translation>
    </message>
    <message>
        <source>This person is already checked in, since {at}.</source>
        <translation>L&apos;arrivée de cette personne est déjà enregistrée (à {at}).</translation>
    </message>
    <message>
        <source>This visit was already closed at {at}.</source>
        <translation>Ce passage a déjà été fermé à {at}.</translation>
    </message>
    <message>
        <source>This person has been checked out meanwhile.</source>
        <translation>Le départ de cette personne a été enregistré entre-temps.</translation>
    </message>
    <message>
        <source>This visit no longer exists (removed meanwhile).</source>
        <translation>Ce passage n&apos;existe plus (supprimé entre-temps).</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>A walk-in participant</source>
        <translation>Une personne non inscrite</translation>
    </message>
    <message>
        <source>Someone came without being enrolled: find them (or register them on the Members page first), then Enter adds them to this session.</source>
        <translation>Une personne est venue sans être inscrite&#xa0;: retrouvez-la (ou créez d&apos;abord sa fiche dans la page Usagers), puis appuyez sur Entrée pour l&apos;ajouter à cette séance.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Bookings of the week</source>
        <translation>Réservations de la semaine</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workstations</name>
    <message>
        <source>A session lasts from {low} minutes to {high} minutes.</source>
        <translation>Une session dure de {low} à {high} minutes.</translation>
    </message>
    <message>
        <source>{workstation} is booked until {until}: choose another workstation.</source>
        <translation>{workstation} est réservé jusqu&apos;à {until}&#xa0;: choisissez un autre poste.</translation>
    </message>
    <message>
        <source>{workstation} is booked from {at}: give at most {minutes} minutes, or choose another workstation.</source>
        <translation>{workstation} est réservé à partir de {at}&#xa0;: accordez {minutes} min au plus, ou choisissez un autre poste.</translation>
    </message>
    <message>
        <source>The site is closed today.</source>
        <translation>Le site est fermé aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The site is closed today ({reason}).</source>
        <translation>Le site est fermé aujourd&apos;hui ({reason}).</translation>
    </message>
    <message>
        <source>The site is closed for the rest of the day.</source>
        <translation>Le site est fermé pour le reste de la journée.</translation>
    </message>
    <message>
        <source>The site is closed now; it opens at {at}.</source>
        <translation>Le site est fermé pour le moment&#x202f;; il ouvre à {at}.</translation>
    </message>
    <message>
        <source>The site closes at {at}: give at most {minutes} minutes.</source>
        <translation>Le site ferme à {at}&#xa0;: accordez {minutes} min au plus.</translation>
    </message>
    <message>
        <source>This person checked in at another site: check them in here first.</source>
        <translation>L&apos;arrivée de cette personne a été enregistrée sur un autre site&#xa0;: enregistrez d&apos;abord son arrivée ici.</translation>
    </message>
    <message>
        <source>This person is already seated at {workstation}.</source>
        <translation>Cette personne est déjà installée sur le {workstation}.</translation>
    </message>
    <message>
        <source>Extend by 1 to {most} minutes.</source>
        <translation>Prolongez de 1 à {most} minutes.</translation>
    </message>
    <message>
        <source>A session lasts at most {most} minutes at this site: it cannot be extended further.</source>
        <translation>Une session dure au plus {most} minutes sur ce site&#xa0;: elle ne peut pas être prolongée davantage.</translation>
    </message>
    <message>
        <source>{workstation} is booked from {at}: the session cannot be extended past it.</source>
        <translation>{workstation} est réservé à partir de {at}&#xa0;: la session ne peut pas être prolongée au-delà.</translation>
    </message>
    <message>
        <source>The site closes at {at}: the session cannot be extended past it.</source>
        <translation>Le site ferme à {at}&#xa0;: la session ne peut pas être prolongée au-delà.</translation>
    </message>
    <message>
        <source>The person already sits at this workstation.</source>
        <translation>La personne est déjà installée sur ce poste.</translation>
    </message>
    <message>
        <source>Name the workstation in 1 to 40 characters.</source>
        <translation>Donnez au poste un nom de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>This site already has a workstation “{label}”.</source>
        <translation>Ce site a déjà un poste «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <source>Say why the workstation is out of service (a few words).</source>
        <translation>Indiquez en quelques mots pourquoi le poste est hors service.</translation>
    </message>
    <message>
        <source>Keep the reason under 200 characters.</source>
        <translation>Le motif doit faire moins de 200 caractères.</translation>
    </message>
    <message>
        <source>Someone sits at {workstation}: move them or end their session first.</source>
        <translation>Quelqu&apos;un est installé sur le {workstation}&#xa0;: déplacez cette personne ou terminez d&apos;abord sa session.</translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}.</source>
        <translation>{workstation} est hors service&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{workstation} is in use until {until}: choose a free workstation.</source>
        <translation>{workstation} est occupé jusqu&apos;à {until}&#xa0;: choisissez un poste libre.</translation>
    </message>
    <message>
        <source>This session has already ended (the board was behind).</source>
        <translation>Cette session est déjà terminée (le tableau n&apos;était pas à jour).</translation>
    </message>
    <message>
        <source>This workstation no longer exists at this site (removed meanwhile).</source>
        <translation>Ce poste n&apos;existe plus sur ce site (supprimé entre-temps).</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n anonymous visitor(s)</source>
        <translation>
            <numerusform>%n visiteur anonyme</numerusform>
            <numerusform>%n visiteurs anonymes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>argument %s: not allowed with argument %s</source>
        <translation>argument %s&#xa0;: incompatible avec l&apos;argument %s</translation>
    </message>
</context>
</TS>
