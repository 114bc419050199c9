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
    <name>BoardPage</name>
    <message>
        <source>Workstations</source>
        <translation type="unfinished">Postes</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat the first person of the queue (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 min (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 min (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move… (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is free for {length}: seat {who}, first in the queue (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a free workstation to seat someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sits at {workstation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} at {workstation}: until {time} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session of {who} at {workstation}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is free: {who} has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation is free for the queue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the person who left in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} left the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} has left: visit closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>The booking ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is already past: choose a later start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking lasts at least {minutes} min at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking lasts at most {minutes} min at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed that day ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not open on that day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking must fit within the opening hours of that day: {hours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is already booked from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has a booking from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily quota reached: {quota} min a day per person, {used} min already booked that day, {left} min left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workstation of this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not in the directory any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member, or type the name the person gave on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a person&apos;s name (letters, at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the block booking a label (the workshop, the group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workstations to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has already arrived: this booking cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was released as nobody came: there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block booking is for a group: record the people at the training session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was released at {time} as nobody came: seat the person as a walk-in, or book again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is over: it ended at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking starts at {time}: it is too early to record the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was made on the phone: find the person&apos;s member card (or register them) to record the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is for another member.</source>
        <translation type="unfinished"></translation>
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
        <source>Print attendance sheets and certificates to PDF.</source>
        <translation>Imprime en PDF les feuilles d&apos;émargement et les attestations.</translation>
    </message>
    <message>
        <source>training management</source>
        <translation>la gestion des formations</translation>
    </message>
    <message>
        <source>List training sessions (--json).</source>
        <translation>Liste les séances de formation (--json).</translation>
    </message>
    <message>
        <source>Export or erase everything about a member.</source>
        <translation>Exporte ou efface toutes les données d&apos;un usager.</translation>
    </message>
    <message>
        <source>Purge members inactive for too long (--dry-run first).</source>
        <translation>Supprime les usagers inactifs depuis trop longtemps (d&apos;abord avec --dry-run).</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello {name}</source>
        <translation>Bonjour {name}</translation>
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
    <message>
        <source>Check-in, the member directory and the workstation board arrive with the desk&apos;s day.</source>
        <translation>L&apos;accueil des usagers, l&apos;annuaire et le tableau des postes arrivent avec la gestion de la journée.</translation>
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
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n passage aujourd&apos;hui</numerusform>
            <numerusform>%n passages aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) still open</source>
        <translation>
            <numerusform>%n passage encore ouvert</numerusform>
            <numerusform>%n passages encore ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>out of service: {list}</source>
        <translation>hors service&#xa0;: {list}</translation>
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
        <source>arrived</source>
        <translation>arrivé</translation>
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
        <source>Synchronisation: offline — not configured yet.</source>
        <translation>Synchronisation&#xa0;: hors ligne — pas encore configurée.</translation>
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
        <source>LAM Desk — {site} — DEMONSTRATION</source>
        <translation>LAM Desk — {site} — DÉMONSTRATION</translation>
    </message>
    <message>
        <source>LAM Desk — {site}</source>
        <translation>LAM Desk — {site}</translation>
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
        <source>Coordinator: {name}</source>
        <translation>Coordinateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Animator: {name}</source>
        <translation>Animateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>A window that was open was closed when the desk locked; what it held was not saved.</source>
        <translation>Une fenêtre ouverte a été fermée au verrouillage&#x202f;; son contenu n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKGROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINEBELOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALIGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFTPADDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHTPADDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home site</source>
        <translation type="unfinished">Site de rattachement</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data held about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {card} — printed on {when} by {actor}, {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists everything this desk of the network&apos;s public digital access points holds about you (GDPR, article 15). Your visits to other sites are kept by those sites. You may ask for your data to be corrected or erased at any desk; attendance at funded training is kept, restricted, for the period the funder requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information notice accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House charter accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental authorisation on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details are kept at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished">Passages</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">Site</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation type="unfinished">Postes</translation>
    </message>
    <message>
        <source>Workstation bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished">Poste</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished">Formation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAM Desk — card {card} — page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {count} lines: split it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {size} MB: it is not a members list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file. Open it in the spreadsheet program and save it as “CSV” (separator “;”), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a CSV text file (it holds binary data). Save the members list from the spreadsheet program as “CSV”, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as CSV (a quote is not closed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “{column}” holds both names: put the family name in a column “Nom” and the given name in a column “Prénom”, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns “{first}” and “{second}” hold the same thing: keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the file must name the columns, with at least “Nom” and “Prénom”. Columns found: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has more cells than the header ({cells} for {columns}): a “;” inside a value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender “{value}” not understood (F, H, Femme, Homme or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status “{value}” not understood (demandeur d&apos;emploi, salarié, retraité, élève ou étudiant, autre, or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number “{value}” not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address “{value}” not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code “{value}” is not 5 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code “{value}” is not a commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name “{value}” is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name “{value}” is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year “{value}” not understood (four digits, {oldest} to {this})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date “{value}” is before {oldest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date ({date}) and birth year ({year}) disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date “{value}” not understood (write it as dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date “{value}” is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} lines are refused. Correct them in the file, or import the valid lines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no site yet: set the desk up before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but lists nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child under 15: register them at the desk, with a parent&apos;s authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commune has the INSEE code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commune “{name}” has the postal code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commune has the postal code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postal code {code} serves several communes: add the commune&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commune (name or postal code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commune is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several communes are called “{name}”: add the postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like {name} ({card}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberSearchBox</name>
    <message>
        <source>Name, card number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move from {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {who} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} — free for {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other workstation is free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} moved from {old} to {new}, until {time}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time: write it as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening times are between 00:00 and 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: the interval {interval} ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A season of opening hours ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: the intervals {first} and {second} overlap or touch; make them one interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure ends before it starts: check its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of a closure is too long (200 characters).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a name: use letters, with spaces, hyphens or apostrophes between words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the birth year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year cannot be before {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is not complete: 10 digits, such as 06 12 34 56 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@example.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must have read or heard the information notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must accept the house charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under {age}, a parent&apos;s or guardian&apos;s authorisation is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the parent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the commune in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a gender, or “not given”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>This member was erased: their card can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not export a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not erase a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator purges the inactive members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member {member} at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased: nothing about them is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inactivity period is from 1 to 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>This visit belongs to another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already sits at a workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Add to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who waits for a workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — checked in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New anonymous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or find a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} waits for a workstation.</source>
        <translation type="unfinished"></translation>
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
    <name>SeatDialog</name>
    <message>
        <source>Seat someone at {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sits down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — number {n} in the queue, since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — checked in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New anonymous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sits down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or find a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Pour</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is booked until {time} for {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is free for {length}: booked at {time} for {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is free for {length}, until the site closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who sits down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is seated at {workstation} until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}. Is it working again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong: screen, keyboard, will not start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {workstation} out of service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is back in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is out of service.</source>
        <translation type="unfinished"></translation>
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
        <source>Opening hours, closures, session lengths, quotas and visit purposes of each site arrive with the desk&apos;s day.</source>
        <translation>Les horaires d&apos;ouverture, fermetures, durées de séance, quotas et motifs de passage de chaque site arrivent avec la gestion de la journée.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator can change a site&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths and delays are a number of minutes above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota cannot be negative (0 means no quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No length or delay goes beyond {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual length of a session cannot be longer than its maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest booking cannot be longer than the longest booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no-show delay must be shorter than the shortest booking ({minutes} min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota is shorter than the shortest booking: nobody could book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer at least one purpose of visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown purpose of visit: {code}.</source>
        <translation type="unfinished"></translation>
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
    <name>VisitText</name>
    <message>
        <source>(name erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {ticket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Tick at least one reason for the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reason for a visit is not in the list any more: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from 1 to {most} people at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is no longer in the directory (erased or replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already checked in, since {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already closed at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has been checked out meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit no longer exists (removed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workstations</name>
    <message>
        <source>A session lasts from {low} minutes to {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is booked until {until}: choose another workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is booked from {at}: give at most {minutes} minutes, or choose another workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed today ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed for the rest of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed now; it opens at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site closes at {at}: give at most {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already seated at {workstation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 1 to {most} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts at most {most} minutes at this site: it cannot be extended further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is booked from {at}: the session cannot be extended past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site closes at {at}: the session cannot be extended past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person already sits at this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workstation in 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site already has a workstation “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the workstation is out of service (a few words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone sits at {workstation}: move them or end their session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is out of service: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workstation} is in use until {until}: choose a free workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already ended (the board was behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation no longer exists at this site (removed meanwhile).</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>parent</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Documents PDF (*.pdf)</translation>
    </message>
</context>
</TS>
