<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CapturePreview</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>%n captures saved.</source>
            <translation>
                <numerusform>%n capture saved.</numerusform>
                <numerusform>%n captures saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureWindow</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/live_preview.py" />
            <source>%n captures to save — Enter saves them all</source>
            <translation>
                <numerusform>%n capture to save — Enter saves it</numerusform>
                <numerusform>%n captures to save — Enter saves them all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n new people</source>
            <translation>
                <numerusform>%n new person</numerusform>
                <numerusform>%n new people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EncryptionSection</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n backups encrypted.</source>
            <translation>
                <numerusform>%n backup encrypted.</numerusform>
                <numerusform>%n backups encrypted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n backups made before are not encrypted: anyone who can read the folder can read them.</source>
            <translation>
                <numerusform>%n backup made before is not encrypted: anyone who can read the folder can read it.</numerusform>
                <numerusform>%n backups made before are not encrypted: anyone who can read the folder can read them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n damaged ones were left as they were.</source>
            <translation>
                <numerusform>%n damaged one was left as it was.</numerusform>
                <numerusform>%n damaged ones were left as they were.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventHeaderWidget</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>%n min left</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>The %Ln people &amp;selected on the People page</source>
            <translation>
                <numerusform>The %Ln person &amp;selected on the People page</numerusform>
                <numerusform>The %Ln people &amp;selected on the People page</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiveTakePanel</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>%n things given this season.</source>
            <translation>
                <numerusform>%n thing given this season.</numerusform>
                <numerusform>%n things given this season.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today you met %1 at %2.</source>
            <translation>
                <numerusform>%n year ago today you met %1 at %2.</numerusform>
                <numerusform>%n years ago today you met %1 at %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today you met %1.</source>
            <translation>
                <numerusform>%n year ago today you met %1.</numerusform>
                <numerusform>%n years ago today you met %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today: %1.</source>
            <translation>
                <numerusform>%n year ago today: %1.</numerusform>
                <numerusform>%n years ago today: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>the %n people you met at %1</source>
            <translation>
                <numerusform>the %n person you met at %1</numerusform>
                <numerusform>the %n people you met at %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCalendarDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n already in EventMate</source>
            <translation>
                <numerusform>%n already in EventMate</numerusform>
                <numerusform>%n already in EventMate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n events imported from %1</source>
            <translation>
                <numerusform>%n event imported from %1</numerusform>
                <numerusform>%n events imported from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n events to import</source>
            <translation>
                <numerusform>%n event to import</numerusform>
                <numerusform>%n events to import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n left out or changed</source>
            <translation>
                <numerusform>%n left out or changed</numerusform>
                <numerusform>%n left out or changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n to update</source>
            <translation>
                <numerusform>%n to update</numerusform>
                <numerusform>%n to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>%n captures refused by the server, kept on this computer</source>
            <translation>
                <numerusform>%n capture refused by the server, kept on this computer</numerusform>
                <numerusform>%n captures refused by the server, kept on this computer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>offline — %n captures waiting</source>
            <translation>
                <numerusform>offline — %n capture waiting</numerusform>
                <numerusform>offline — %n captures waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>sending %n captures kept on this computer</source>
            <translation>
                <numerusform>sending %n capture kept on this computer</numerusform>
                <numerusform>sending %n captures kept on this computer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>%Ln people selected</source>
            <translation>
                <numerusform>%Ln person selected</numerusform>
                <numerusform>%Ln people selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Reconnect every %n days</source>
            <translation>
                <numerusform>Reconnect every day</numerusform>
                <numerusform>Reconnect every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonConflicts</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryScreen</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n captures</source>
            <translation>
                <numerusform>%n capture</numerusform>
                <numerusform>%n captures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/app/offline_start.py" />
            <source>%n captures are kept on this computer, waiting for the server.</source>
            <translation>
                <numerusform>%n capture is kept on this computer, waiting for the server.</numerusform>
                <numerusform>%n captures are kept on this computer, waiting for the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n damaged rows could not be read.</source>
            <translation>
                <numerusform>%n damaged row could not be read.</numerusform>
                <numerusform>%n damaged rows could not be read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Saved %n people and everything else that could be read to %1.</source>
            <translation>
                <numerusform>Saved %n person and everything else that could be read to %1.</numerusform>
                <numerusform>Saved %n people and everything else that could be read to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RehearsalWindow</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>%1 · %n names to go</source>
            <translation>
                <numerusform>%1 · %n name to go</numerusform>
                <numerusform>%1 · %n names to go</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n backups, newest first.</source>
            <translation>
                <numerusform>%n backup.</numerusform>
                <numerusform>%n backups, newest first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n captures</source>
            <translation>
                <numerusform>%n capture</numerusform>
                <numerusform>%n captures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoragePanel</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Moved and checked: %n people and everything else, byte for byte. EventMate will use the server from its next start; the data on this computer is left as it was.</source>
            <translation>
                <numerusform>Moved and checked: %n person and everything else, byte for byte. EventMate will use the server from its next start; the data on this computer is left as it was.</numerusform>
                <numerusform>Moved and checked: %n people and everything else, byte for byte. EventMate will use the server from its next start; the data on this computer is left as it was.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TurnOnDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>%n backups were encrypted too.</source>
            <translation>
                <numerusform>%n backup was encrypted too.</numerusform>
                <numerusform>%n backups were encrypted too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>%n damaged backups could not be encrypted and were left as they were.</source>
            <translation>
                <numerusform>%n damaged backup could not be encrypted and was left as it was.</numerusform>
                <numerusform>%n damaged backups could not be encrypted and were left as they were.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VCardPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n cards could not be read and will be skipped:</source>
            <translation>
                <numerusform>%n card could not be read and will be skipped:</numerusform>
                <numerusform>%n cards could not be read and will be skipped:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n e-mail addresses</source>
            <translation>
                <numerusform>%n e-mail address</numerusform>
                <numerusform>%n e-mail addresses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n facts</source>
            <translation>
                <numerusform>%n fact</numerusform>
                <numerusform>%n facts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n phone numbers</source>
            <translation>
                <numerusform>%n phone number</numerusform>
                <numerusform>%n phone numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n social profiles</source>
            <translation>
                <numerusform>%n social profile</numerusform>
                <numerusform>%n social profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n tags</source>
            <translation>
                <numerusform>%n tag</numerusform>
                <numerusform>%n tags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n web addresses</source>
            <translation>
                <numerusform>%n web address</numerusform>
                <numerusform>%n web addresses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>check_database</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
</TS>
