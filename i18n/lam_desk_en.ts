<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) still to mark</source>
        <translation>
            <numerusform>%n box still to mark</numerusform>
            <numerusform>%n boxes still to mark</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation>
            <numerusform>%n person waiting</numerusform>
            <numerusform>%n people waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) today</source>
        <translation>
            <numerusform>%n visitor today</numerusform>
            <numerusform>%n visitors today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) open</source>
        <translation>
            <numerusform>%n visit open</numerusform>
            <numerusform>%n visits open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message numerus="yes">
        <source>“{label}”: %n workstation(s) held.</source>
        <translation>
            <numerusform>“{label}”: %n workstation held.</numerusform>
            <numerusform>“{label}”: %n workstations held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) cancelled.</source>
        <translation>
            <numerusform>%n booking cancelled.</numerusform>
            <numerusform>%n bookings cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message numerus="yes">
        <source>%n session(s) to end</source>
        <translation>
            <numerusform>%n session to end</numerusform>
            <numerusform>%n sessions to end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to close</source>
        <translation>
            <numerusform>%n visit to close</numerusform>
            <numerusform>%n visits to close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) to release as no-shows</source>
        <translation>
            <numerusform>%n booking to release as no-shows</numerusform>
            <numerusform>%n bookings to release as no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) still running</source>
        <translation>
            <numerusform>%n FOAD time still running</numerusform>
            <numerusform>%n FOAD times still running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) of earlier days end with no hours, until corrected.</source>
        <translation>
            <numerusform>%n FOAD time of earlier days end with no hours, until corrected.</numerusform>
            <numerusform>%n FOAD times of earlier days end with no hours, until corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n member(s) look like this person. Is it one of them? Ask for the birth year or the phone before registering someone twice.</source>
        <translation>
            <numerusform>%n member looks like this person. Is it them? Ask for the birth year or the phone before registering someone twice.</numerusform>
            <numerusform>%n members look like this person. Is it one of them? Ask for the birth year or the phone before registering someone twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <source>%n seat(s) taken</source>
        <translation>
            <numerusform>%n seat taken</numerusform>
            <numerusform>%n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n person(s) welcomed today</source>
        <translation>
            <numerusform>%n person welcomed today</numerusform>
            <numerusform>%n people welcomed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) still open</source>
        <translation>
            <numerusform>%n visit still open</numerusform>
            <numerusform>%n visits still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s)</source>
        <translation>
            <numerusform>%n training session</numerusform>
            <numerusform>%n training sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) never closed</source>
        <translation>
            <numerusform>%n visit never closed</numerusform>
            <numerusform>%n visits never closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) at a workstation never ended</source>
        <translation>
            <numerusform>%n session at a workstation never ended</numerusform>
            <numerusform>%n sessions at a workstation never ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) nobody marked</source>
        <translation>
            <numerusform>%n booking nobody marked</numerusform>
            <numerusform>%n bookings nobody marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) never ended</source>
        <translation>
            <numerusform>%n FOAD time never ended</numerusform>
            <numerusform>%n FOAD times never ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk still wait to be sent to the central store, some from before today: check the network connection, or tell the coordinator.</source>
        <translation>
            <numerusform>%n change of this desk still waits to be sent to the central store, from before today: check the network connection, or tell the coordinator.</numerusform>
            <numerusform>%n changes of this desk still wait to be sent to the central store, some from before today: check the network connection, or tell the coordinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation not configured: %n change(s) kept on this computer only.</source>
        <translation>
            <numerusform>Synchronisation not configured: %n change kept on this computer only.</numerusform>
            <numerusform>Synchronisation not configured: %n changes kept on this computer only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation: %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Synchronisation: %n change waiting to be sent.</numerusform>
            <numerusform>Synchronisation: %n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) closed</source>
        <translation>
            <numerusform>%n visit closed</numerusform>
            <numerusform>%n visits closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session ended</numerusform>
            <numerusform>%n sessions ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) recorded as no-shows</source>
        <translation>
            <numerusform>%n booking recorded as no-shows</numerusform>
            <numerusform>%n bookings recorded as no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) ended with no hours: correct them on the Training page.</source>
        <translation>
            <numerusform>%n FOAD time ended with no hours: correct them on the Training page.</numerusform>
            <numerusform>%n FOAD times ended with no hours: correct them on the Training page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workstation(s)</source>
        <translation>
            <numerusform>%n workstation</numerusform>
            <numerusform>%n workstations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n waiting)</source>
        <translation>
            <numerusform>(+%n waiting)</numerusform>
            <numerusform>(+%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new members, </source>
        <translation>
            <numerusform>%n new member, </numerusform>
            <numerusform>%n new members, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered, </source>
        <translation>
            <numerusform>%n already registered, </numerusform>
            <numerusform>%n already registered, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines refused.</source>
        <translation>
            <numerusform>%n line refused.</numerusform>
            <numerusform>%n lines refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the valid lines only, and leave the %n refused lines out</source>
        <translation>
            <numerusform>Import the valid lines only, and leave the refused line out</numerusform>
            <numerusform>Import the valid lines only, and leave the %n refused lines out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message numerus="yes">
        <source>%n year(s) this year</source>
        <translation>
            <numerusform>%n year old this year</numerusform>
            <numerusform>%n years old this year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>%n members have shown no sign since {day}.</source>
        <translation>
            <numerusform>%n member has shown no sign since {day}.</numerusform>
            <numerusform>%n members have shown no sign since {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erased members no longer need their name kept for funded training: it goes too.</source>
        <translation>
            <numerusform>%n erased member no longer needs their name kept for funded training: it goes too.</numerusform>
            <numerusform>%n erased members no longer need their name kept for funded training: it goes too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n members at every desk of the network? This cannot be undone.</source>
        <translation>
            <numerusform>Erase this member at every desk of the network? This cannot be undone.</numerusform>
            <numerusform>Erase these %n members at every desk of the network? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members erased.</source>
        <translation>
            <numerusform>%n member erased.</numerusform>
            <numerusform>%n members erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <source>Bookings of {day}: %n person(s) to remind</source>
        <translation>
            <numerusform>Bookings of {day}: %n person to remind</numerusform>
            <numerusform>Bookings of {day}: %n people to remind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message numerus="yes">
        <source>%n person(s) welcomed</source>
        <translation>
            <numerusform>%n person welcomed</numerusform>
            <numerusform>%n people welcomed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookings: %n honoured</source>
        <translation>
            <numerusform>Bookings: %n honoured</numerusform>
            <numerusform>Bookings: %n honoured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n joined</source>
        <translation>
            <numerusform>Queue: %n joined</numerusform>
            <numerusform>Queue: %n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seated from it</source>
        <translation>
            <numerusform>%n seated from it</numerusform>
            <numerusform>%n seated from it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left without a workstation</source>
        <translation>
            <numerusform>%n left without a workstation</numerusform>
            <numerusform>%n left without a workstation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session ended</numerusform>
            <numerusform>%n sessions ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) closed</source>
        <translation>
            <numerusform>%n visit closed</numerusform>
            <numerusform>%n visits closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) released as no-shows</source>
        <translation>
            <numerusform>%n booking released as no-shows</numerusform>
            <numerusform>%n bookings released as no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FOAD time(s) left running: no hours until corrected</source>
        <translation>
            <numerusform>%n FOAD time left running: no hours until corrected</numerusform>
            <numerusform>%n FOAD times left running: no hours until corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left open on earlier days closed</source>
        <translation>
            <numerusform>%n left open on earlier days closed</numerusform>
            <numerusform>%n left open on earlier days closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk wait to be sent to the central store. They go at the next synchronisation: leave the desk connected, or synchronise before switching off.</source>
        <translation>
            <numerusform>%n change of this desk waits to be sent to the central store. It goes at the next synchronisation: leave the desk connected, or synchronise before switching off.</numerusform>
            <numerusform>%n changes of this desk wait to be sent to the central store. They go at the next synchronisation: leave the desk connected, or synchronise before switching off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this desk wait to be sent, and synchronisation is not configured: they are kept on this computer only (and in its backups). Tell the coordinator.</source>
        <translation>
            <numerusform>%n change of this desk waits to be sent, and synchronisation is not configured: it is kept on this computer only (and in its backups). Tell the coordinator.</numerusform>
            <numerusform>%n changes of this desk wait to be sent, and synchronisation is not configured: they are kept on this computer only (and in its backups). Tell the coordinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) taken</source>
        <translation>
            <numerusform>%n seat taken</numerusform>
            <numerusform>%n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>%n on the waitlist</numerusform>
            <numerusform>%n on the waitlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provisional</source>
        <translation>
            <numerusform>%n provisional</numerusform>
            <numerusform>%n provisional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: {hours} over %n time(s)</source>
        <translation>
            <numerusform>Total: {hours} over %n time</numerusform>
            <numerusform>Total: {hours} over %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n anonymous visitor(s)</source>
        <translation>
            <numerusform>%n anonymous visitor</numerusform>
            <numerusform>%n anonymous visitors</numerusform>
        </translation>
    </message>
</context>
</TS>
