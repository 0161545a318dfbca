<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>BreakRow</name>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Break length in minutes</source>
            <translation>Länge der Pause in Minuten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Break name</source>
            <translation>Name der Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Break starts at</source>
            <translation>Pause beginnt um</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Intermission</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Remove this break</source>
            <translation>Diese Pause entfernen</translation>
        </message>
    </context>
    <context>
        <name>BreaksEditor</name>
        <message>
            <location filename="../../src/eventmate/gui/events/breaks_editor.py" />
            <source>Add break</source>
            <translation>Pause hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>BriefingWidget</name>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>&amp;Rehearse names…</source>
            <translation>Namen &amp;üben…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Briefing</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Could not save: %1</source>
            <translation>Speichern nicht möglich: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Recall the names of the people you may see from their cues (Ctrl+Shift+R)</source>
            <translation>Die Namen der Menschen, die du treffen könntest, anhand ihrer Merkhilfen üben (Strg+Umschalt+R)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Save as Markdown…</source>
            <translation>Als Markdown speichern…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Save as PDF to print or carry (Ctrl+Shift+S)</source>
            <translation>Als PDF speichern, zum Drucken oder Mitnehmen (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Save briefing as Markdown</source>
            <translation>Briefing als Markdown speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Save briefing as PDF</source>
            <translation>Briefing als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Saved to %1</source>
            <translation>Gespeichert in %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>This event no longer exists.</source>
            <translation>Diesen Termin gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>CapturePreview</name>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>%1 (met at %2)</source>
            <translation>%1 (getroffen bei %2)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>%1 min ago</source>
            <translation>vor %1 Min.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>%1 — kept to tidy later</source>
            <translation>%1 — zum späteren Ordnen aufgehoben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>%n captures saved.</source>
            <translation>
                <numerusform>%n Notiz gespeichert.</numerusform>
                <numerusform>%n Notizen gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Added to %1.</source>
            <translation>Zu %1 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Adds to %1</source>
            <translation>Ergänzt %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Just now</source>
            <translation>Gerade eben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Kept as a note to tidy later</source>
            <translation>Als Notiz zum späteren Ordnen aufgehoben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Saved the first %1 characters. The rest is still in the input: press Enter to save it as another capture.</source>
            <translation>Die ersten %1 Zeichen sind gespeichert. Der Rest steht noch in der Eingabe: Enter speichert ihn als weitere Notiz.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Saved — kept to tidy later.</source>
            <translation>Gespeichert — zum späteren Ordnen aufgehoben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Saved, with no event: “%1” no longer exists. Captures go to No event for now (Ctrl+E).</source>
            <translation>Gespeichert, ohne Termin: „%1“ gibt es nicht mehr. Notizen gehen vorerst zu „Kein Termin“ (Strg+E).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>Tonight</source>
            <translation>Heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>note: %1</source>
            <translation>Anmerkung: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>promise: %1</source>
            <translation>Versprechen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>they offered: %1</source>
            <translation>angeboten: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>↳ Did you mean %1?  Tab</source>
            <translation>↳ Meintest du %1?  Tab</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/preview.py" />
            <source>↳ Linked to %1 — Tab to make a new person instead</source>
            <translation>↳ Verknüpft mit %1 — Tab legt stattdessen eine neue Person an</translation>
        </message>
    </context>
    <context>
        <name>CaptureWindow</name>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>%1, refused by the server</source>
            <translation>%1, vom Server abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>%1, waiting to be sent</source>
            <translation>%1, wartet auf das Senden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/live_preview.py" />
            <source>%n captures to save — Enter saves them all</source>
            <translation>
                <numerusform>%n Notiz zu speichern — Enter speichert sie</numerusform>
                <numerusform>%n Notizen zu speichern — Enter speichert alle</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>&amp;Who did you meet?</source>
            <translation>&amp;Wen hast du getroffen?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Anna Schmidt (viola, LSO) — loves Bartók !send…</source>
            <translation>Anna Schmidt (viola, LSO) — loves Bartók !send…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Capture</source>
            <translation>Notieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Capture mode</source>
            <translation>Notizmodus</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Capture — EventMate</source>
            <translation>Notieren — EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Captures waiting to be sent</source>
            <translation>Notizen, die auf das Senden warten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Enter saves · Tab takes the suggestion · Ctrl+Z undoes the last · Ctrl+E event · F11 compact · Esc leaves</source>
            <translation>Enter speichert · Tab übernimmt den Vorschlag · Strg+Z nimmt die letzte zurück · Strg+E Termin · F11 kompakt · Esc verlässt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Kept on this computer — will be sent when the server is back.</source>
            <translation>Auf diesem Computer behalten – wird gesendet, sobald der Server wieder da ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>Last captures</source>
            <translation>Letzte Notizen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>Name (role, ensemble) — what you learned; #tag !promise. Enter saves.</source>
            <translation>Name (Rolle, Ensemble) — was du erfahren hast; #Schlagwort !Versprechen. Enter speichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Not saved: %1. Your text is still here; press Enter to try again.</source>
            <translation>Nicht gespeichert: %1. Dein Text ist noch da; drück Enter für einen neuen Versuch.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Nothing to undo.</source>
            <translation>Nichts zurückzunehmen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Offline: undo waits until the server is back.</source>
            <translation>Offline: Rückgängig wartet, bis der Server wieder da ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>Refused by the server: %1</source>
            <translation>Vom Server abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>That capture was already removed; nothing to undo.</source>
            <translation>Diese Notiz war schon entfernt; nichts zurückzunehmen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_window.py" />
            <source>That event no longer exists. Captures go to No event for now (Ctrl+E).</source>
            <translation>Diesen Termin gibt es nicht mehr. Notizen gehen vorerst zu „Kein Termin“ (Strg+E).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>That person no longer exists. Your text is still here; Enter saves it as written.</source>
            <translation>Diese Person gibt es nicht mehr. Dein Text ist noch da; Enter speichert ihn so, wie er ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Undone: %1 — its text is back in the input.</source>
            <translation>Zurückgenommen: %1 — der Text steht wieder in der Eingabe.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>What was changed since it was made stays.</source>
            <translation>Was seitdem geändert wurde, bleibt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/capture_saving.py" />
            <source>Your text is still here; press Enter to try again.</source>
            <translation>Dein Text ist noch da; drück Enter für einen neuen Versuch.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/recent_list.py" />
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
    </context>
    <context>
        <name>CapturesPanel</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>&amp;Link to…</source>
            <translation>&amp;Verknüpfen mit…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>&amp;Make a person…</source>
            <translation>Person &amp;anlegen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Add this capture to someone you know (Ctrl+L)</source>
            <translation>Diese Notiz jemandem zuordnen, den du kennst (Strg+L)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Also show captures without an event</source>
            <translation>Auch Notizen ohne Termin zeigen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Captures</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Captures of this event</source>
            <translation>Notizen zu diesem Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Link capture</source>
            <translation>Notiz verknüpfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Make a new person of this capture (Ctrl+M)</source>
            <translation>Aus dieser Notiz eine neue Person machen (Strg+M)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Make a person</source>
            <translation>Person anlegen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>Nothing was captured at this event.</source>
            <translation>Bei diesem Termin wurde nichts notiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>not yet a person</source>
            <translation>noch keine Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/captures.py" />
            <source>→ %1</source>
            <translation>→ %1</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>%1, as a table</source>
            <translation>%1, als Tabelle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Chart, as a table</source>
            <translation>Diagramm als Tabelle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Could not save: %1</source>
            <translation>Speichern nicht möglich: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Export “%1”</source>
            <translation>„%1“ exportieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Reflections</source>
            <translation>Rückblicke</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Save this chart as a PNG or SVG picture</source>
            <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Saved to %1</source>
            <translation>Gespeichert in %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Show as chart</source>
            <translation>Als Diagramm zeigen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Show as table</source>
            <translation>Als Tabelle zeigen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/chart_card.py" />
            <source>Show “%1” as a table</source>
            <translation>„%1“ als Tabelle zeigen</translation>
        </message>
    </context>
    <context>
        <name>CopiesChoice</name>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_fields.py" />
            <source>Counting the backup taken just before the change.</source>
            <translation>Mitgezählt ist die Sicherung direkt vor der Änderung.</translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n new people</source>
            <translation>
                <numerusform>%n neue Person</numerusform>
                <numerusform>%n neue Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Backed up to %1.</source>
            <translation>Gesichert in %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Backing up…</source>
            <translation>Sichere…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Contacts imported</source>
            <translation>Kontakte importiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>EventMate cannot import %1 files.</source>
            <translation>EventMate kann keine %1-Dateien importieren.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Files EventMate can import (*.vcf *.ics *.json);;Contacts (*.vcf);;Calendars (*.ics);;EventMate archives (*.json)</source>
            <translation>Dateien, die EventMate importieren kann (*.vcf *.ics *.json);;Kontakte (*.vcf);;Kalender (*.ics);;EventMate-Archive (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Import stopped; nothing was imported.</source>
            <translation>Import abgebrochen; nichts wurde importiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Imported %1 and %2.</source>
            <translation>Importiert: %1 und %2.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Imported %1; updated %2 already here.</source>
            <translation>Importiert: %1; ergänzt: %2, die schon da waren.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Importing %1…</source>
            <translation>Importiere %1…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Importing contacts…</source>
            <translation>Importiere Kontakte…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Not backed up</source>
            <translation>Nicht gesichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Reading %1…</source>
            <translation>Lese %1…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>Skipped:</source>
            <translation>Übersprungen:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/actions.py" />
            <source>The automatic backup did not work: %1</source>
            <translation>Die automatische Sicherung hat nicht geklappt: %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>%1 contact methods, %2 facts, tags: %3</source>
            <translation>%1 Kontaktwege, %2 Angaben, Schlagwörter: %3</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>&amp;Merge into the left</source>
            <translation>In die linke &amp;zusammenführen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>&amp;Swap sides</source>
            <translation>Seiten &amp;tauschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>(takes “%1”)</source>
            <translation>(übernimmt „%1“)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Keeps the left person with everything from both; a backup is taken first</source>
            <translation>Behält die linke Person mit allem von beiden; vorher wird gesichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Merge %1 into %2</source>
            <translation>%1 in %2 zusammenführen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Merge in</source>
            <translation>Hinzunehmen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Merged %1 into %2. Ctrl+Z in the people list undoes it.</source>
            <translation>%1 in %2 zusammengeführt. Strg+Z in der Personenliste nimmt es zurück.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>No likely duplicates right now.</source>
            <translation>Gerade keine wahrscheinlichen Doppelten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>One of these people no longer exists; nothing was merged.</source>
            <translation>Eine dieser Personen gibt es nicht mehr; nichts wurde zusammengeführt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>One of these people no longer exists; the list was read again.</source>
            <translation>Eine dieser Personen gibt es nicht mehr; die Liste wurde neu gelesen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>Possible duplicates</source>
            <translation>Mögliche Doppelte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>These people might be the same person. Look at both side by side; merging keeps every fact, capture, note and link, and Ctrl+Z undoes it.</source>
            <translation>Diese Einträge könnten dieselbe Person sein. Sieh dir beide nebeneinander an; beim Zusammenführen bleibt jede Angabe, Notiz, Anmerkung und Verknüpfung erhalten, und Strg+Z nimmt es zurück.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>same email</source>
            <translation>gleiche E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>same name</source>
            <translation>gleicher Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>same phone</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/duplicates_dialog.py" />
            <source>similar name</source>
            <translation>ähnlicher Name</translation>
        </message>
    </context>
    <context>
        <name>EncryptionSection</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n backups encrypted.</source>
            <translation>
                <numerusform>%n Sicherung verschlüsselt.</numerusform>
                <numerusform>%n Sicherungen verschlüsselt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n backups made before are not encrypted: anyone who can read the folder can read them.</source>
            <translation>
                <numerusform>%n ältere Sicherung ist nicht verschlüsselt: Wer den Ordner lesen kann, kann sie lesen.</numerusform>
                <numerusform>%n ältere Sicherungen sind nicht verschlüsselt: Wer den Ordner lesen kann, kann sie lesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>%n damaged ones were left as they were.</source>
            <translation>
                <numerusform>%n beschädigte blieb, wie sie war.</numerusform>
                <numerusform>%n beschädigte blieben, wie sie waren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>&amp;Remember on this computer</source>
            <translation>Auf diesem Computer &amp;merken</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>1 backup made before is not encrypted: anyone who can read the folder can read it.</source>
            <translation>1 ältere Sicherung ist nicht verschlüsselt: Wer den Ordner lesen kann, kann sie lesen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>A database on a server is protected by the server.</source>
            <translation>Eine Datenbank auf einem Server schützt der Server.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Encrypt &amp;them now</source>
            <translation>Jetzt &amp;verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Encrypting the backups…</source>
            <translation>Verschlüssele die Sicherungen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Encryption is not available on this computer: the SQLCipher library is not installed with this EventMate. Your data is protected by your computer's own security (use full-disk encryption).</source>
            <translation>Verschlüsselung ist auf diesem Computer nicht verfügbar: Die SQLCipher-Bibliothek ist mit diesem EventMate nicht installiert. Deine Daten schützt die Sicherheit deines Computers (nutze Festplattenverschlüsselung).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Keep the key in this computer's keyring: EventMate opens without asking.</source>
            <translation>Den Schlüssel im Schlüsselbund dieses Computers ablegen: EventMate öffnet sich ohne Nachfrage.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Not encrypted: %1</source>
            <translation>Nicht verschlüsselt: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Not remembered: %1.</source>
            <translation>Nicht gemerkt: %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Off: your data is protected by your computer's own security. Encrypt it with a passphrase so that nobody without it can read it, even with the files in hand.</source>
            <translation>Aus: Deine Daten schützt die Sicherheit deines Computers. Verschlüssele sie mit einer Passphrase, dann kann sie ohne diese niemand lesen, auch nicht mit den Dateien in der Hand.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>On: your data and its backups are encrypted with your passphrase.</source>
            <translation>An: Deine Daten und ihre Sicherungen sind mit deiner Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Turn &amp;off encryption…</source>
            <translation>Verschlüsselung &amp;ausschalten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_section.py" />
            <source>Turn &amp;on encryption…</source>
            <translation>Verschlüsselung &amp;einschalten…</translation>
        </message>
    </context>
    <context>
        <name>EventConflicts</name>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Host</source>
            <translation>Gastgeber</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>My role</source>
            <translation>Meine Rolle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Notes</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Series</source>
            <translation>Reihe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>This event</source>
            <translation>Diese Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Venue</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_conflicts.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Breaks</source>
            <translation>&amp;Pausen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;City</source>
            <translation>S&amp;tadt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Host</source>
            <translation>&amp;Gastgeber</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Programm</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Title (required)</source>
            <translation>&amp;Titel (nötig)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>&amp;Venue</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>All-day event</source>
            <translation>Ganztägiger Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>E&amp;nds</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Edit event</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>Ends (local time)</source>
            <translation>Ende (Ortszeit)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Give the event a title — a few words are enough.</source>
            <translation>Gib dem Termin einen Titel — ein paar Wörter genügen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Host or organiser</source>
            <translation>Gastgeber oder Veranstalter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>My &amp;role</source>
            <translation>Meine &amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>My role</source>
            <translation>Meine Rolle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>N&amp;otes</source>
            <translation>A&amp;nmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>New event</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>None — or type a new series</source>
            <translation>Keine — oder neue Reihe eingeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Notes</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Save (Enter, or Ctrl+Enter in a text box)</source>
            <translation>Speichern (Enter, in einem Textfeld Strg+Enter)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Se&amp;ries</source>
            <translation>R&amp;eihe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Series</source>
            <translation>Reihe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>Starts (local time)</source>
            <translation>Beginn (Ortszeit)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>T&amp;ags</source>
            <translation>&amp;Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>The end is before the start.</source>
            <translation>Das Ende liegt vor dem Beginn.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_when.py" />
            <source>The event has an end time</source>
            <translation>Der Termin hat eine Endzeit</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>This event was deleted meanwhile; Save adds it again.</source>
            <translation>Dieser Termin wurde inzwischen gelöscht; Speichern legt ihn neu an.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Venue</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>What is being played, one piece a line</source>
            <translation>Was gespielt wird, ein Stück pro Zeile</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>comma-separated</source>
            <translation>durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>e.g. Autumn Gala</source>
            <translation>z. B. Herbstgala</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>e.g. Wigmore Hall</source>
            <translation>z. B. Wigmore Hall</translation>
        </message>
    </context>
    <context>
        <name>EventHeaderWidget</name>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>%1 at %2</source>
            <translation>%1 um %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>%n min left</source>
            <translation>
                <numerusform>noch %n Min.</numerusform>
                <numerusform>noch %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>&amp;Event</source>
            <translation>&amp;Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>Event for these captures</source>
            <translation>Termin für diese Notizen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>No event</source>
            <translation>Kein Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>No event — captures can be assigned to one later</source>
            <translation>Kein Termin — Notizen lassen sich später zuordnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/event_header.py" />
            <source>“%1” no longer exists. Captures go to No event for now (Ctrl+E).</source>
            <translation>„%1“ gibt es nicht mehr. Notizen gehen vorerst zu „Kein Termin“ (Strg+E).</translation>
        </message>
    </context>
    <context>
        <name>EventListModel</name>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Past</source>
            <translation>Vergangen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Upcoming</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>sample</source>
            <translation>Beispiel</translation>
        </message>
    </context>
    <context>
        <name>EventPicker</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>  · reflected</source>
            <translation>  · Rückblick geschrieben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Find an event</source>
            <translation>Termin finden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Recent events</source>
            <translation>Letzte Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Reflect</source>
            <translation>Rückblick</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Reflect on an event</source>
            <translation>Rückblick auf einen Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Type to find an event</source>
            <translation>Tippen, um einen Termin zu finden</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Delete the event (Delete); you can undo it</source>
            <translation>Den Termin löschen (Entf); lässt sich zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Delete “%1”</source>
            <translation>„%1“ löschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Edit the event (Enter)</source>
            <translation>Den Termin bearbeiten (Enter)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Event saved.</source>
            <translation>Termin gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Events</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Filter by title, venue, city or kind</source>
            <translation>Nach Titel, Ort, Stadt oder Art filtern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Filter events</source>
            <translation>Termine filtern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Going to a concert soon? Add it and set an intention — one is enough.</source>
            <translation>Bald in einem Konzert? Trag es ein und nimm dir etwas vor — ein Vorsatz genügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Intentions and briefing (Ctrl+Shift+P)</source>
            <translation>Vorsätze und Briefing (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>New event</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>New event (Ctrl+N)</source>
            <translation>Neuer Termin (Strg+N)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>No event matches. Try fewer words.</source>
            <translation>Kein Termin passt. Versuch es mit weniger Wörtern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Prepare</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>This event no longer exists.</source>
            <translation>Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>Undo with Ctrl+Z.</source>
            <translation>Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>“%1” deleted.</source>
            <translation>„%1“ gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/events_page.py" />
            <source>“%1” is back.</source>
            <translation>„%1“ ist wieder da.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>%1, &amp;selected on the People page</source>
            <translation>%1, &amp;ausgewählt unter Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>CSV spreadsheets (*.csv)</source>
            <translation>CSV-Tabellen (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Calendar, journal and archive exports are always complete.</source>
            <translation>Kalender-, Journal- und Archiv-Exporte sind immer vollständig.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Calendars (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>E&amp;veryone</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>EventMate archives (*.json)</source>
            <translation>EventMate-Archive (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Events as a calendar (iCalendar, with your intentions)</source>
            <translation>Termine als Kalender (iCalendar, mit deinen Vorsätzen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Everything, re-importable (EventMate archive, JSON)</source>
            <translation>Alles, wieder importierbar (EventMate-Archiv, JSON)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Export stopped; no file was written.</source>
            <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Export your data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Exporting…</source>
            <translation>Exportiere…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Exports are plain files: anyone who has the file can read it.</source>
            <translation>Exporte sind offene Dateien: Wer die Datei hat, kann sie lesen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Journal as Markdown</source>
            <translation>Journal als Markdown</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Not exported: %1</source>
            <translation>Nicht exportiert: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>People as a spreadsheet (CSV)</source>
            <translation>Menschen als Tabelle (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>People as contacts (vCard 3.0, for most address books)</source>
            <translation>Menschen als Kontakte (vCard 3.0, für die meisten Adressbücher)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>People as contacts (vCard 4.0)</source>
            <translation>Menschen als Kontakte (vCard 4.0)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>The %Ln people &amp;selected on the People page</source>
            <translation>
                <numerusform>Die %Ln unter Menschen &amp;ausgewählte Person</numerusform>
                <numerusform>Die %Ln unter Menschen &amp;ausgewählten Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>The selected people are no longer in EventMate; nothing was written.</source>
            <translation>Die ausgewählten Personen sind nicht mehr in EventMate; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/export_dialog.py" />
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
    </context>
    <context>
        <name>FactConflicts</name>
        <message>
            <location filename="../../src/eventmate/gui/person/fact_conflicts.py" />
            <source>(removed)</source>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/fact_conflicts.py" />
            <source>Fact</source>
            <translation>Angabe</translation>
        </message>
    </context>
    <context>
        <name>FactWords</name>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>Also remembered</source>
            <translation>Außerdem gemerkt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>Cares about</source>
            <translation>Liegt am Herzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>Common ground</source>
            <translation>Gemeinsamkeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>Other</source>
            <translation>Anderes</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>Their story</source>
            <translation>Geschichte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>What they care about</source>
            <translation>Was ihnen am Herzen liegt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>cares about</source>
            <translation>liegt am Herzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>common ground</source>
            <translation>Gemeinsamkeit</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>noted</source>
            <translation>notiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/fact_words.py" />
            <source>their story</source>
            <translation>Geschichte</translation>
        </message>
    </context>
    <context>
        <name>FolderBanner</name>
        <message>
            <location filename="../../src/eventmate/gui/recovery/folder_banner.py" />
            <source>Keep the data folder on this computer; to use EventMate on a second computer, share a server (Preferences ▸ Storage).</source>
            <translation>Behalte den Datenordner auf diesem Computer; um EventMate auf einem zweiten Computer zu nutzen, verwende einen gemeinsamen Server (Einstellungen ▸ Speicherort).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/folder_banner.py" />
            <source>Understood</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/folder_banner.py" />
            <source>Your data folder may be damaged where it is</source>
            <translation>Dein Datenordner kann dort, wo er liegt, beschädigt werden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/folder_banner.py" />
            <source>Your data is in a %1 folder: a sync app can copy the database halfway through a save, and two computers using it at once can damage it.</source>
            <translation>Deine Daten liegen in einem %1-Ordner: Eine Sync-App kann die Datenbank mitten im Speichern kopieren, und zwei Computer, die sie gleichzeitig nutzen, können sie beschädigen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/folder_banner.py" />
            <source>Your data is on a shared drive (%1), where the database's locks do not work reliably; two computers using it at once can damage it.</source>
            <translation>Deine Daten liegen auf einem Netzlaufwerk (%1), wo die Sperren der Datenbank nicht verlässlich wirken; zwei Computer, die sie gleichzeitig nutzen, können sie beschädigen.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpConflicts</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>Resting</source>
            <translation>Ruht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>Resting: %1</source>
            <translation>Ruht: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followup_conflicts.py" />
            <source>What was promised</source>
            <translation>Was versprochen wurde</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>&amp;New:</source>
            <translation>&amp;Neu:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Already marked done elsewhere.</source>
            <translation>Anderswo schon als erledigt markiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Already resting: it was let rest elsewhere.</source>
            <translation>Ruht schon: Es wurde anderswo ruhen gelassen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Ask</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Catch up</source>
            <translation>Austauschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Due date (three days from now unless you change it)</source>
            <translation>Fälligkeitsdatum (in drei Tagen, wenn du es nicht änderst)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Edit follow-up</source>
            <translation>Versprechen bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Give</source>
            <translation>Geben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>I promised</source>
            <translation>Ich habe versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Let it &amp;rest…</source>
            <translation>&amp;Ruhen lassen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Let it rest</source>
            <translation>Ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Mark the selected follow-up done (Ctrl+D)</source>
            <translation>Das gewählte Versprechen als erledigt markieren (Strg+D)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>New follow-up</source>
            <translation>Neues Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Nothing waiting. When you offer someone a recording or an introduction, note it here and it will wait for you.</source>
            <translation>Nichts wartet. Wenn du jemandem eine Aufnahme oder eine Vorstellung anbietest, notier es hier, dann wartet es auf dich.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Open follow-ups</source>
            <translation>Offene Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Promises by you and to you. Whatever has waited longest comes first; mark it done when it's done, or let it rest.</source>
            <translation>Versprechen von dir und an dich. Was am längsten wartet, steht oben; markier es als erledigt, wenn es erledigt ist, oder lass es ruhen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Recently closed:</source>
            <translation>Kürzlich abgeschlossen:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>They promised</source>
            <translation>Mir versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>What was promised:</source>
            <translation>Was versprochen wurde:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>What was promised? e.g. send the Ligeti recording</source>
            <translation>Was wurde versprochen? z. B. die Ligeti-Aufnahme schicken</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>Who promised</source>
            <translation>Wer hat versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>With whom</source>
            <translation>Mit wem</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>they promised</source>
            <translation>mir versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>· %1 (resting)</source>
            <translation>· %1 (ruht)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/followups_page.py" />
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
    </context>
    <context>
        <name>GiveTakePanel</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>%1 · %2 %3 — %4</source>
            <translation>%1 · %2 %3 — %4</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>%n things given this season.</source>
            <translation>
                <numerusform>Diese Saison %n Sache gegeben.</numerusform>
                <numerusform>Diese Saison %n Sachen gegeben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>A recording, an introduction, a ticket: small offers start real relationships.</source>
            <translation>Eine Aufnahme, eine Vorstellung, eine Karte: Kleine Gesten beginnen echte Beziehungen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Choose the person from the list as you type their name.</source>
            <translation>Wähle die Person aus der Liste, während du ihren Namen tippst.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Give &amp; take</source>
            <translation>Geben &amp; Nehmen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Given or received</source>
            <translation>Gegeben oder bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>I gave</source>
            <translation>Ich habe gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>I received</source>
            <translation>Ich habe bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>One thing given this season.</source>
            <translation>Diese Saison eine Sache gegeben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Recent give &amp; take</source>
            <translation>Zuletzt gegeben &amp; bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Record</source>
            <translation>Festhalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Someone gave you something lately. A thank-you is all it asks.</source>
            <translation>Jemand hat dir kürzlich etwas gegeben. Ein Dankeschön genügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>To or from whom</source>
            <translation>An wen oder von wem</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>What exactly</source>
            <translation>Was genau</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>e.g. the Ligeti recording</source>
            <translation>z. B. die Ligeti-Aufnahme</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>gave</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>received</source>
            <translation>bekommen</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>&lt;b&gt;Find common ground.&lt;/b&gt; A teacher, a city, a piece you both love: note it, it is what you will remember.</source>
            <translation>&lt;b&gt;Gemeinsamkeiten finden.&lt;/b&gt; Eine Lehrerin, eine Stadt, ein Stück, das ihr beide liebt: Notier es, daran wirst du dich erinnern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>&lt;b&gt;Let it rest.&lt;/b&gt; Not every meeting grows into more, and that is fine: let it rest, with a note if you like. Nothing is deleted.</source>
            <translation>&lt;b&gt;Ruhen lassen.&lt;/b&gt; Nicht jede Begegnung wird zu mehr, und das ist in Ordnung: Lass sie ruhen, wenn du magst mit einer Anmerkung. Nichts wird gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>&lt;b&gt;Listen.&lt;/b&gt; Be curious about the other person; ask, then listen more than you talk.</source>
            <translation>&lt;b&gt;Zuhören.&lt;/b&gt; Sei neugierig auf dein Gegenüber; frag nach und hör mehr zu, als du redest.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>&lt;b&gt;Offer something.&lt;/b&gt; A recording, an introduction, a ticket, your time — given freely, expecting nothing back.</source>
            <translation>&lt;b&gt;Etwas anbieten.&lt;/b&gt; Eine Aufnahme, eine Vorstellung, eine Karte, deine Zeit — gern gegeben, ohne etwas zurückzuerwarten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>A descriptor: kept as a recall cue, to tidy later.</source>
            <translation>Eine Beschreibung: als Merkhilfe aufgehoben, zum späteren Ordnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>A name (capitalised words) makes a person, or adds to someone you know when you pick the suggestion with Tab.</source>
            <translation>Ein Name (großgeschriebene Wörter) legt eine Person an oder ergänzt jemanden, den du kennst, wenn du den Vorschlag mit Tab wählst.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>A tag on the person.</source>
            <translation>Ein Schlagwort an der Person.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>After the event</source>
            <translation>Nach dem Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig #chamber-music !send my Ligeti recording</source>
            <translation>Anna Schmidt (Bratsche, LSO) — liebt Bartók; wuchs in Leipzig auf #kammermusik !schicken meine Ligeti-Aufnahme</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Anna Schmidt, viola at the LSO. Cares about: loves Bartók. Their story: grew up in Leipzig. Tag: chamber-music. Your promise: send my Ligeti recording.</source>
            <translation>Anna Schmidt, Bratsche beim LSO. Liegt am Herzen: liebt Bartók. Geschichte: wuchs in Leipzig auf. Schlagwort: kammermusik. Dein Versprechen: schicken meine Ligeti-Aufnahme.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Capture mode</source>
            <translation>Notizmodus</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Capture mode, from any window</source>
            <translation>Notizmodus, aus jedem Fenster</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Choose several people (or Shift/Ctrl+click)</source>
            <translation>Mehrere Personen wählen (oder Umschalt/Strg+Klick)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Choose the event</source>
            <translation>Den Termin wählen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Close the reflection (it is saved)</source>
            <translation>Den Rückblick schließen (er ist gespeichert)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Common ground.</source>
            <translation>Gemeinsamkeit.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Compact window on top / full window</source>
            <translation>Kompaktes Fenster im Vordergrund / ganzes Fenster</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>End the person; what they told you follows, split by &lt;code&gt;;&lt;/code&gt; (or &lt;code&gt;,&lt;/code&gt; when there is no &lt;code&gt;;&lt;/code&gt;).</source>
            <translation>Beendet die Person; danach folgt, was sie dir erzählt hat, getrennt durch &lt;code&gt;;&lt;/code&gt; (oder &lt;code&gt;,&lt;/code&gt;, wenn kein &lt;code&gt;;&lt;/code&gt; vorkommt).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Events and Prepare</source>
            <translation>Termine und Vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Export everyone, or the people chosen on People</source>
            <translation>Alle exportieren oder die unter Menschen gewählten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Export the people chosen as contacts or CSV</source>
            <translation>Die gewählten Personen als Kontakte oder CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Follow-ups: mark the selected one done</source>
            <translation>Nachfassen: das gewählte als erledigt markieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Home, Events, People, Journal, Follow-ups, Insights</source>
            <translation>Start, Termine, Menschen, Journal, Nachfassen, Einblicke</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Import contacts, a calendar or an archive</source>
            <translation>Kontakte, einen Kalender oder ein Archiv importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>In Prepare: move an intention up / down, edit it</source>
            <translation>In Vorbereiten: einen Vorsatz nach oben / unten schieben, bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Insights: choose the period; charts as tables</source>
            <translation>Einblicke: Zeitraum wählen; Diagramme als Tabellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Leave; what you typed stays</source>
            <translation>Verlassen; was du getippt hast, bleibt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Link to the suggested person; Tab again unlinks</source>
            <translation>Mit der vorgeschlagenen Person verknüpfen; nochmal Tab löst die Verknüpfung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Make a person of a capture / link it to someone you know</source>
            <translation>Aus einer Notiz eine Person machen / sie mit jemandem verknüpfen, den du kennst</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>New event, edit, delete, undo</source>
            <translation>Neuer Termin, bearbeiten, löschen, zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Next / previous section</source>
            <translation>Nächster / vorheriger Bereich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Nobody named yet: kept with its cue to tidy into a person after the event.</source>
            <translation>Noch ohne Namen: mit der Merkhilfe aufgehoben, um nach dem Termin eine Person daraus zu machen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Open the person / back to the list</source>
            <translation>Person öffnen / zurück zur Liste</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Prepare the selected event</source>
            <translation>Den gewählten Termin vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Quit — everything is already saved</source>
            <translation>Beenden — alles ist schon gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Reflection: preview the free writing</source>
            <translation>Rückblick: Vorschau des freien Textes</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Rehearse the names of the people you may see</source>
            <translation>Die Namen der Menschen üben, die du treffen könntest</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Rehearsing: I knew it, not yet, how to say the name</source>
            <translation>Beim Üben: gewusst, noch nicht, wie man den Namen ausspricht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Remove the selected contact, tag or fact</source>
            <translation>Den gewählten Kontakt, das Schlagwort oder die Angabe entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Role and organisation; &lt;code&gt;(viola @ LSO)&lt;/code&gt; too.</source>
            <translation>Rolle und Organisation; auch &lt;code&gt;(viola @ LSO)&lt;/code&gt;.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Save the briefing as PDF</source>
            <translation>Das Briefing als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Save the event from a text box</source>
            <translation>Den Termin aus einem Textfeld heraus speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Save the line (a paste of several lines saves each)</source>
            <translation>Die Zeile speichern (mehrere eingefügte Zeilen werden einzeln gespeichert)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Search people, facts, captures, notes, reflections and events</source>
            <translation>Menschen, Angaben, Notizen, Anmerkungen, Rückblicke und Termine durchsuchen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Seán O'Brien (oboe) — also studied in Dublin ?send me the audition dates</source>
            <translation>Seán O'Brien (Oboe) — auch in Dublin studiert ?schick mir die Probespieltermine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Seán O'Brien, oboe. Common ground: also studied in Dublin. His promise to you: send me the audition dates.</source>
            <translation>Seán O'Brien, Oboe. Gemeinsamkeit: auch in Dublin studiert. Sein Versprechen an dich: schick mir die Probespieltermine.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Something they promised you.</source>
            <translation>Etwas, das dir versprochen wurde.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Something you promised; &lt;code&gt;!ask …&lt;/code&gt; and &lt;code&gt;!catch up …&lt;/code&gt; are other kinds. Due three days after the event.</source>
            <translation>Etwas, das du versprochen hast (auch &lt;code&gt;!schicken …&lt;/code&gt;); &lt;code&gt;!fragen …&lt;/code&gt; und &lt;code&gt;!treffen …&lt;/code&gt; sind weitere Arten. Die englischen Wörter (loves, grew up, !ask …) gelten ebenso. Fällig drei Tage nach dem Termin.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Their story.</source>
            <translation>Ihre Geschichte.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>This help (and the tour)</source>
            <translation>Diese Hilfe (und die Tour)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>Undo / redo an edit on a person's page, or a merge</source>
            <translation>Eine Änderung auf der Seite einer Person oder ein Zusammenführen zurücknehmen / wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>What they care about.</source>
            <translation>Was ihnen am Herzen liegt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>With the input empty: undo the last capture</source>
            <translation>Bei leerer Eingabe: die letzte Notiz zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>also … / both … / same …</source>
            <translation>auch … / beide … / wie ich …</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>cellist, red scarf — new to London</source>
            <translation>Cellistin, roter Schal — neu in London</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>grew up … / studied … / used to …</source>
            <translation>wuchs … auf / studierte … / früher …</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_content.py" />
            <source>loves … / cares about … / fan of …</source>
            <translation>liebt … / mag … / fan von …</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>&lt;b&gt;After&lt;/b&gt;: reflect, review your intentions, tidy the captures into people, and follow up on what you promised. Home shows what is waiting, calmly.</source>
            <translation>&lt;b&gt;Danach&lt;/b&gt;: zurückblicken, die Vorsätze ansehen, aus Notizen Personen machen und halten, was du versprochen hast. Start zeigt in Ruhe, was wartet.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>&lt;b&gt;Before an event&lt;/b&gt; (Prepare, Ctrl+Shift+P on Events): set an intention or two — someone to connect with, something to learn about others, something to offer, how you want to show up — and read the briefing on the people you may see.</source>
            <translation>&lt;b&gt;Vor einem Termin&lt;/b&gt; (Vorbereiten, Strg+Umschalt+P unter Termine): Nimm dir ein, zwei Dinge vor — jemandem begegnen, etwas über andere erfahren, etwas anbieten, wie du auftreten möchtest — und lies das Briefing über die Menschen, die du treffen könntest.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>&lt;b&gt;During a break&lt;/b&gt; (Ctrl+Shift+N): type one line per person and press Enter. It is saved at once; nothing typed is ever lost.</source>
            <translation>&lt;b&gt;In der Pause&lt;/b&gt; (Strg+Umschalt+N): eine Zeile pro Person tippen und Enter drücken. Sie ist sofort gespeichert; nichts Getipptes geht verloren.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>A companion for the people you meet at concerts, rehearsals and receptions: relationships, not networking.</source>
            <translation>Ein Begleiter für die Menschen, die du bei Konzerten, Proben und Empfängen triffst: Beziehungen, nicht Networking.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Before, during, after</source>
            <translation>Vorher, währenddessen, danach</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Capturing in a break</source>
            <translation>Notieren in der Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>EventMate</source>
            <translation>EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>EventMate Help</source>
            <translation>EventMate-Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Every part is optional; anything else is kept as a note, and the line as typed.</source>
            <translation>Jeder Teil ist freiwillig; alles andere wird als Anmerkung aufgehoben, und die Zeile so, wie sie getippt wurde.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Everything stays on this computer, in one SQLite file in your data folder (Preferences shows where). &lt;code&gt;eventmate backup&lt;/code&gt; writes a verified copy; &lt;code&gt;eventmate check&lt;/code&gt; checks it; File ▸ Export writes open formats.</source>
            <translation>Alles bleibt auf diesem Computer, in einer SQLite-Datei in deinem Datenordner (Einstellungen zeigt, wo). &lt;code&gt;eventmate backup&lt;/code&gt; schreibt eine geprüfte Kopie; &lt;code&gt;eventmate check&lt;/code&gt; prüft sie; Datei ▸ Exportieren schreibt offene Formate.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Keyboard</source>
            <translation>Tastatur</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Take the &amp;tour</source>
            <translation>Die &amp;Tour machen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>The approach</source>
            <translation>Die Idee</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Three short panels: before, during and after an event</source>
            <translation>Drei kurze Seiten: vor, während und nach einem Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/help_dialog.py" />
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today you met %1 at %2.</source>
            <translation>
                <numerusform>Heute vor %n Jahr hast du %1 bei %2 getroffen.</numerusform>
                <numerusform>Heute vor %n Jahren hast du %1 bei %2 getroffen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today you met %1.</source>
            <translation>
                <numerusform>Heute vor %n Jahr hast du %1 getroffen.</numerusform>
                <numerusform>Heute vor %n Jahren hast du %1 getroffen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>%n years ago today: %1.</source>
            <translation>
                <numerusform>Heute vor %n Jahr: %1.</numerusform>
                <numerusform>Heute vor %n Jahren: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>A few lines while it is fresh.</source>
            <translation>Ein paar Zeilen, solange es frisch ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>A few lines while it is fresh: whom you listened to, what you learned.</source>
            <translation>Ein paar Zeilen, solange es frisch ist: wem du zugehört hast, was du erfahren hast.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>A year ago today you met %1 at %2.</source>
            <translation>Heute vor einem Jahr hast du %1 bei %2 getroffen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>A year ago today you met %1.</source>
            <translation>Heute vor einem Jahr hast du %1 getroffen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>A year ago today: %1.</source>
            <translation>Heute vor einem Jahr: %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Add an event…</source>
            <translation>Termin hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Capture</source>
            <translation>Notieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Capture people you meet here (Ctrl+Shift+N)</source>
            <translation>Menschen notieren, die du hier triffst (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Explore with sample data</source>
            <translation>Mit Beispieldaten erkunden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Going to a concert soon? Add it and set an intention — one is enough.</source>
            <translation>Bald in einem Konzert? Trag es ein und nimm dir etwas vor — ein Vorsatz genügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>I promised</source>
            <translation>Ich habe versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>It arrived: it leaves Home (Follow-ups can open it again).</source>
            <translation>Angekommen: Es verschwindet von Start (unter Nachfassen lässt es sich wieder öffnen).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Let it rest…</source>
            <translation>Ruhen lassen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Met recently</source>
            <translation>Kürzlich getroffen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Names from last night…</source>
            <translation>Namen von gestern Abend…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>No intentions yet — one is enough.</source>
            <translation>Noch keine Vorsätze — einer genügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>No more reminders about them; nothing is deleted.</source>
            <translation>Keine Erinnerungen mehr an diese Person; nichts wird gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>No promises waiting. When you offer someone a recording or an introduction, it will wait for you here.</source>
            <translation>Keine Versprechen warten. Wenn du jemandem eine Aufnahme oder eine Vorstellung anbietest, wartet es hier auf dich.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Nothing planned yet</source>
            <translation>Noch nichts geplant</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Only a title and a start are needed (Ctrl+N on Events)</source>
            <translation>Nötig sind nur Titel und Beginn (Strg+N unter Termine)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Open event</source>
            <translation>Termin öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Or look around first with a small set of sample events and people; it is clearly marked and can be removed in one step.</source>
            <translation>Oder schau dich erst mit ein paar Beispielterminen und -personen um; sie sind deutlich markiert und lassen sich in einem Schritt entfernen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>People you meet will appear here. Capture someone at your next break, or import your address book.</source>
            <translation>Hier erscheinen die Menschen, die du triffst. Notier jemanden in der nächsten Pause oder importiere dein Adressbuch.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Prepare</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Promised to me</source>
            <translation>Mir versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Promises</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Recall %1 from their cues: two minutes, while it is fresh.</source>
            <translation>Erinnere dich anhand der Merkhilfen an %1: zwei Minuten, solange es frisch ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Received</source>
            <translation>Bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Reconnect</source>
            <translation>Wieder melden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Reflect on %1…</source>
            <translation>Rückblick auf %1…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Rehearse names from last night: %1</source>
            <translation>Namen von gestern Abend üben: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Remove sample data</source>
            <translation>Beispieldaten entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>Set intentions and read the briefing</source>
            <translation>Vorsätze fassen und das Briefing lesen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>We were in touch</source>
            <translation>Wir hatten Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>What you mean to do there</source>
            <translation>Was du dort vorhast</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>You are exploring sample data: everything marked “sample” is made up and goes away in one step. Your own entries stay.</source>
            <translation>Du erkundest Beispieldaten: Alles, was mit „Beispiel“ markiert ist, ist erfunden und verschwindet in einem Schritt. Deine eigenen Einträge bleiben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>You kept it: it leaves Home (Follow-ups can open it again).</source>
            <translation>Gehalten: Es verschwindet von Start (unter Nachfassen lässt es sich wieder öffnen).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>You talked or wrote lately; the reminder starts again.</source>
            <translation>Ihr habt kürzlich gesprochen oder geschrieben; die Erinnerung beginnt von vorn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>last in touch %1</source>
            <translation>zuletzt in Kontakt %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>last met at %1, %2</source>
            <translation>zuletzt getroffen bei %1, %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>not in touch yet</source>
            <translation>noch nicht in Kontakt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>the %n people you met at %1</source>
            <translation>
                <numerusform>die %n Person, die du bei %1 getroffen hast</numerusform>
                <numerusform>die %n Menschen, die du bei %1 getroffen hast</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/home_page.py" />
            <source>the person you met at %1</source>
            <translation>die Person, die du bei %1 getroffen hast</translation>
        </message>
    </context>
    <context>
        <name>ImportCalendarDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n already in EventMate</source>
            <translation>
                <numerusform>%n schon in EventMate</numerusform>
                <numerusform>%n schon in EventMate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n events imported from %1</source>
            <translation>
                <numerusform>%n Termin aus %1 importiert</numerusform>
                <numerusform>%n Termine aus %1 importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n events to import</source>
            <translation>
                <numerusform>%n Termin zu importieren</numerusform>
                <numerusform>%n Termine zu importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n left out or changed</source>
            <translation>
                <numerusform>%n ausgelassen oder geändert</numerusform>
                <numerusform>%n ausgelassen oder geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n to update</source>
            <translation>
                <numerusform>%n zu aktualisieren</numerusform>
                <numerusform>%n zu aktualisieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>1 event imported from %1</source>
            <translation>1 Termin aus %1 importiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>1 event to import</source>
            <translation>1 Termin zu importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Could not import: %1</source>
            <translation>Import nicht möglich: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Events that happen once are imported whatever their date.</source>
            <translation>Einmalige Termine werden unabhängig vom Datum importiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Events to import</source>
            <translation>Zu importierende Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Import calendar</source>
            <translation>Kalender importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Import repeating events from</source>
            <translation>Wiederkehrende Termine importieren ab</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Import repeating events until</source>
            <translation>Wiederkehrende Termine importieren bis</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Import “%1”</source>
            <translation>„%1“ importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Importing…</source>
            <translation>Importiere…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Left out, and why</source>
            <translation>Ausgelassen, und warum</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Nothing could be read from this file: %1</source>
            <translation>Aus dieser Datei ließ sich nichts lesen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Nothing new to import. Repeating events may lie outside the dates above.</source>
            <translation>Nichts Neues zu importieren. Wiederkehrende Termine liegen vielleicht außerhalb der Daten oben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Reading the file…</source>
            <translation>Lese die Datei…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>Repeating events from</source>
            <translation>Wiederkehrende Termine von</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>already in EventMate</source>
            <translation>schon in EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>an invitation (%1)</source>
            <translation>eine Einladung (%1)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>will be updated: %1</source>
            <translation>wird aktualisiert: %1</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 and %2.</source>
            <translation>%1 und %2.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 are where you met the most people (%2 of %3)</source>
            <translation>%1: Dort hast du die meisten Menschen getroffen (%2 von %3)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 of the %2 promises made to you came through.</source>
            <translation>%1 von %2 Versprechen an dich wurden gehalten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 tend to cost you some energy.</source>
            <translation>%1 kosten dich eher Energie.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 tend to give you energy.</source>
            <translation>%1 geben dir eher Energie.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>%1 tend to give you energy; %2 tend to cost some.</source>
            <translation>%1 geben dir eher Energie; %2 kosten eher welche.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>; %1 were first meetings.</source>
            <translation>; %1 davon zum ersten Mal.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>; %1 you let rest.</source>
            <translation>; %1 hast du ruhen lassen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>; all were people you already knew.</source>
            <translation>; alle kanntest du schon.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>A few more reflections with your energy noted, and a pattern may show.</source>
            <translation>Noch ein paar Rückblicke mit notierter Energie, und vielleicht zeigt sich ein Muster.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>A few more reviewed intentions, and a pattern may show.</source>
            <translation>Noch ein paar ausgewertete Vorsätze, und vielleicht zeigt sich ein Muster.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>After an event, mark how each intention went (in Reflect) to see how they go.</source>
            <translation>Halte nach einem Termin fest (im Rückblick), wie jeder Vorsatz gelaufen ist, dann siehst du hier, wie es läuft.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>After, with less</source>
            <translation>Nachher, mit weniger</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>After, with more energy</source>
            <translation>Nachher, mit mehr Energie</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Before (average, 1–5)</source>
            <translation>Vorher (Durchschnitt, 1–5)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Came through</source>
            <translation>Gehalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Connect</source>
            <translation>Begegnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Energy before → after, by kind of event</source>
            <translation>Energie vorher → nachher, nach Art des Termins</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Gave</source>
            <translation>Gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Giving and receiving</source>
            <translation>Geben und Bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>How your intentions went</source>
            <translation>Wie deine Vorsätze liefen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Intention</source>
            <translation>Vorsatz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Kept on time</source>
            <translation>Pünktlich gehalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Kept, later</source>
            <translation>Später gehalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Kind of event</source>
            <translation>Art des Termins</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Learn</source>
            <translation>Erfahren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Let it rest</source>
            <translation>Ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Let rest</source>
            <translation>Ruhen gelassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Met</source>
            <translation>Gelungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Mindset</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>No energy noted before and after an event yet</source>
            <translation>Noch keine Energie vor und nach einem Termin notiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>No intentions set for these events yet</source>
            <translation>Für diese Termine noch keine Vorsätze</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>No promises made in this period. When you offer something, it shows here.</source>
            <translation>In diesem Zeitraum keine Versprechen. Wenn du etwas anbietest, erscheint es hier.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>No promises made to you noted in this period.</source>
            <translation>In diesem Zeitraum sind keine Versprechen an dich notiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>No promises made to you yet</source>
            <translation>Noch keine Versprechen an dich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>No promises made yet</source>
            <translation>Noch keine Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Nobody met at an event yet</source>
            <translation>Noch niemanden bei einem Termin getroffen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Nobody noted as met at an event in this period. People you capture will show here.</source>
            <translation>In diesem Zeitraum ist niemand als bei einem Termin getroffen notiert. Menschen, die du notierst, erscheinen hier.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Not reviewed yet</source>
            <translation>Noch nicht ausgewertet</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Not this time</source>
            <translation>Diesmal nicht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Note your energy before and after an event (in Prepare and Reflect) to see which kinds of event give you energy.</source>
            <translation>Notier deine Energie vor und nach einem Termin (in Vorbereiten und Rückblick), dann siehst du, welche Arten von Terminen dir Energie geben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Nothing given or received noted in this period. An introduction, a recording or your time all count.</source>
            <translation>In diesem Zeitraum nichts Gegebenes oder Erhaltenes notiert. Eine Vorstellung, eine Aufnahme oder deine Zeit – alles zählt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Nothing given or received yet</source>
            <translation>Noch nichts gegeben oder bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Offer</source>
            <translation>Anbieten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Partly</source>
            <translation>Teils</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>People you met, by kind of event</source>
            <translation>Getroffene Menschen, nach Art des Termins</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Promises made to you</source>
            <translation>Versprechen an dich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Promises you made</source>
            <translation>Deine Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Received</source>
            <translation>Bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Season</source>
            <translation>Saison</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/charts.py" />
            <source>Still open</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>This season</source>
            <translation>Diese Saison</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>You gave %n times</source>
            <translation>Du hast %n-mal gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>You gave once</source>
            <translation>Du hast einmal gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>You kept %1 of the %2 promises you made, %3 of them on time</source>
            <translation>Du hast %1 von %2 Versprechen gehalten, %3 davon pünktlich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>Your energy is about the same before and after, whatever the kind of event.</source>
            <translation>Deine Energie ist vorher und nachher etwa gleich, egal welche Art von Termin.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>auditions</source>
            <translation>Vorspiele</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>concerts</source>
            <translation>Konzerte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>conferences</source>
            <translation>Konferenzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>festivals</source>
            <translation>Festivals</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>fundraisers</source>
            <translation>Benefizveranstaltungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>gigs</source>
            <translation>Gigs</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>masterclasses</source>
            <translation>Meisterkurse</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>other events</source>
            <translation>andere Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>received %n times</source>
            <translation>%n-mal bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>received once</source>
            <translation>einmal bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>receptions</source>
            <translation>Empfänge</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>rehearsals</source>
            <translation>Proben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/words.py" />
            <source>“%1” intentions were met most often: %2 of %3.</source>
            <translation>Vorsätze „%1“ gingen am häufigsten auf: %2 von %3.</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Could not read your insights: %1</source>
            <translation>Deine Einblicke ließen sich nicht lesen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>How you have shown up, to look back on — not a score. A season runs from September to August.</source>
            <translation>Wie du unterwegs warst, zum Zurückschauen — keine Bewertung. Eine Saison läuft von September bis August.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Insights</source>
            <translation>Einblicke</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Reading…</source>
            <translation>Lese…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Show &amp;tables instead of charts</source>
            <translation>Als &amp;Tabellen zeigen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/insights/insights_page.py" />
            <source>Show tables instead of charts</source>
            <translation>Tabellen statt Diagramme zeigen</translation>
        </message>
    </context>
    <context>
        <name>IntentionRow</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>%1 (removed)</source>
            <translation>%1 (entfernt)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>A note, if you like</source>
            <translation>Eine Anmerkung, wenn du magst</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Note on “%1”</source>
            <translation>Anmerkung zu „%1“</translation>
        </message>
    </context>
    <context>
        <name>IntentionWords</name>
        <message>
            <location filename="../../src/eventmate/gui/intention_words.py" />
            <source>Connect</source>
            <translation>Begegnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/intention_words.py" />
            <source>Learn</source>
            <translation>Erfahren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/intention_words.py" />
            <source>Mindset</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/intention_words.py" />
            <source>Offer</source>
            <translation>Anbieten</translation>
        </message>
    </context>
    <context>
        <name>IntentionsPanel</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Intentions</source>
            <translation>Vorsätze</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Let it rest</source>
            <translation>Ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Met</source>
            <translation>Gelungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>No intentions were set for this event.</source>
            <translation>Für diesen Termin gab es keine Vorsätze.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Not this time</source>
            <translation>Diesmal nicht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/intentions.py" />
            <source>Partly</source>
            <translation>Teils</translation>
        </message>
    </context>
    <context>
        <name>IntentionsWidget</name>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>&amp;Intention</source>
            <translation>&amp;Vorsatz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>&amp;Who</source>
            <translation>&amp;Wer</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Add (Enter)</source>
            <translation>Hinzufügen (Enter)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Added.</source>
            <translation>Hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Editing — Enter saves, Esc stops editing.</source>
            <translation>Bearbeiten — Enter speichert, Esc beendet das Bearbeiten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Energy %1 of 5</source>
            <translation>Energie %1 von 5</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Enter adds · Alt+↑/↓ reorders · Delete removes · Ctrl+Z undoes</source>
            <translation>Enter fügt hinzu · Alt+↑/↓ ordnet um · Entf entfernt · Strg+Z nimmt zurück</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>How is your energy before going? (1 low – 5 high)</source>
            <translation>Wie ist deine Energie vorher? (1 niedrig – 5 hoch)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Intention</source>
            <translation>Vorsatz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intention_commands.py" />
            <source>Intention removed. Ctrl+Z brings it back.</source>
            <translation>Vorsatz entfernt. Strg+Z holt ihn zurück.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Intentions</source>
            <translation>Vorsätze</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Kind of intention</source>
            <translation>Art des Vorsatzes</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>One is enough; none is fine too.</source>
            <translation>Einer genügt; keiner ist auch in Ordnung.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Person (optional)</source>
            <translation>Person (optional)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intention_commands.py" />
            <source>Remove intention</source>
            <translation>Vorsatz entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Someone you know? Type a name</source>
            <translation>Jemand, den du kennst? Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>That intention was removed meanwhile; Enter adds it again.</source>
            <translation>Dieser Vorsatz wurde inzwischen entfernt; Enter fügt ihn wieder hinzu.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>That intention was removed meanwhile; nothing was changed.</source>
            <translation>Dieser Vorsatz wurde inzwischen entfernt; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>That person no longer exists; pick someone else, or just write words.</source>
            <translation>Diese Person gibt es nicht mehr; wähle jemand anderen oder schreib einfach Worte.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>This event no longer exists; nothing was saved.</source>
            <translation>Diesen Termin gibt es nicht mehr; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Write a few words, or pick a person.</source>
            <translation>Schreib ein paar Worte oder wähle eine Person.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>&amp;Prompts…</source>
            <translation>&amp;Fragen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>&amp;Reflect on an event…</source>
            <translation>&amp;Rückblick auf einen Termin…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>After an event, write a few lines: whom you really listened to, what you learned about them. Your reflections collect here.</source>
            <translation>Schreib nach einem Termin ein paar Zeilen: wem du wirklich zugehört hast, was du über sie erfahren hast. Hier sammeln sich deine Rückblicke.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Change the questions a reflection asks</source>
            <translation>Die Fragen eines Rückblicks ändern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>On this day</source>
            <translation>An diesem Tag</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>On this day in earlier years</source>
            <translation>An diesem Tag in früheren Jahren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Reflections</source>
            <translation>Rückblicke</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/journal_page.py" />
            <source>Search your reflections</source>
            <translation>Deine Rückblicke durchsuchen</translation>
        </message>
    </context>
    <context>
        <name>LanguagePanel</name>
        <message>
            <location filename="../../src/eventmate/gui/language_panel.py" />
            <source>EventMate speaks %1 from its next start: quit and open it again.</source>
            <translation>EventMate spricht ab dem nächsten Start %1: beenden und wieder öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/language_panel.py" />
            <source>Language: %1</source>
            <translation>Sprache: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/language_panel.py" />
            <source>S&amp;ystem language (%1)</source>
            <translation>S&amp;ystemsprache (%1)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Strg+%2)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>&lt;h3&gt;EventMate %1&lt;/h3&gt;&lt;p&gt;A companion for building real relationships at concerts, rehearsals and receptions.&lt;/p&gt;&lt;p&gt;Private and local: your data stays in %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;EventMate %1&lt;/h3&gt;&lt;p&gt;Ein Begleiter für echte Beziehungen bei Konzerten, Proben und Empfängen.&lt;/p&gt;&lt;p&gt;Privat und lokal: Deine Daten bleiben in %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>About EventMate</source>
            <translation>Über EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/home_wiring.py" />
            <source>Already marked done elsewhere.</source>
            <translation>Anderswo schon als erledigt markiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
            <translation>Kalenderdateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>Captures waiting to be sent</source>
            <translation>Notizen, die auf das Senden warten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/home_wiring.py" />
            <source>Done: %1. Follow-ups (Ctrl+5) can open it again.</source>
            <translation>Erledigt: %1. Unter Nachfassen (Strg+5) lässt es sich wieder öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>Events</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>Import calendar</source>
            <translation>Kalender importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>Insights</source>
            <translation>Einblicke</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/app/gui_main.py" />
            <source>Offline: the database server cannot be reached. Capture mode keeps captures on this computer.</source>
            <translation>Offline: Der Datenbankserver ist nicht erreichbar. Der Notizmodus behält Notizen auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/sections.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/home_wiring.py" />
            <source>Sample data removed.</source>
            <translation>Beispieldaten entfernt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>That event no longer exists.</source>
            <translation>Diesen Termin gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/main_window.py" />
            <source>That person no longer exists.</source>
            <translation>Diese Person gibt es nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/home_wiring.py" />
            <source>That person no longer exists; nothing was changed.</source>
            <translation>Diese Person gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/home_wiring.py" />
            <source>That promise no longer exists; nothing was changed.</source>
            <translation>Dieses Versprechen gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>%n captures refused by the server, kept on this computer</source>
            <translation>
                <numerusform>%n Notiz vom Server abgelehnt, auf diesem Computer behalten</numerusform>
                <numerusform>%n Notizen vom Server abgelehnt, auf diesem Computer behalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>1 capture refused by the server, kept on this computer</source>
            <translation>1 Notiz vom Server abgelehnt, auf diesem Computer behalten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>offline — %n captures waiting</source>
            <translation>
                <numerusform>offline – %n Notiz wartet</numerusform>
                <numerusform>offline – %n Notizen warten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>offline — 1 capture waiting</source>
            <translation>offline – 1 Notiz wartet</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>offline — captures are kept on this computer</source>
            <translation>offline – Notizen werden auf diesem Computer behalten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>sending %n captures kept on this computer</source>
            <translation>
                <numerusform>%n auf diesem Computer behaltene Notiz wird gesendet</numerusform>
                <numerusform>%n auf diesem Computer behaltene Notizen werden gesendet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/capture/outbox_sender.py" />
            <source>sending 1 capture kept on this computer</source>
            <translation>1 auf diesem Computer behaltene Notiz wird gesendet</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>%Ln people selected</source>
            <translation>
                <numerusform>%Ln Person ausgewählt</numerusform>
                <numerusform>%Ln Personen ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>&amp;Export selected as contacts…</source>
            <translation>Auswahl als Kontakte &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>&amp;Open</source>
            <translation>&amp;Öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>&amp;Sort by</source>
            <translation>&amp;Sortierung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>&amp;Tag</source>
            <translation>Schlag&amp;wort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>1 person</source>
            <translation>1 Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Any event</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Any organisation</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Any tag</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>E&amp;xport selected as contacts…</source>
            <translation>Auswahl als Kontakte e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>First met</source>
            <translation>Erstes Treffen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Last time in touch</source>
            <translation>Zuletzt in Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>Merged. Ctrl+Z here brings both people back.</source>
            <translation>Zusammengeführt. Strg+Z hier holt beide Personen zurück.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Met &amp;at</source>
            <translation>Getroffen &amp;bei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>Nobody matches these filters.</source>
            <translation>Niemand passt zu diesen Filtern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>People you meet will appear here. Capture someone at your next break, or import your address book.</source>
            <translation>Hier erscheinen die Menschen, die du triffst. Notier jemanden in der nächsten Pause oder importiere dein Adressbuch.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>Possible duplicates…</source>
            <translation>Mögliche Doppelte…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>Resting</source>
            <translation>Ruht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_filters.py" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>Save the selected people as a vCard file for an address book (Ctrl+E)</source>
            <translation>Die gewählten Personen als vCard-Datei für ein Adressbuch speichern (Strg+E)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/people_page.py" />
            <source>resting</source>
            <translation>ruht</translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Cues: %1</source>
            <translation>Merkhilfen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>First met %1</source>
            <translation>Zuerst getroffen %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>How we met</source>
            <translation>Wie wir uns kennen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>I promised</source>
            <translation>Ich habe versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Introduced by %1</source>
            <translation>Vorgestellt von %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Met at %1</source>
            <translation>Getroffen bei %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Reconnect every %n days</source>
            <translation>
                <numerusform>Jeden Tag wieder melden</numerusform>
                <numerusform>Alle %n Tage wieder melden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Resting — %1</source>
            <translation>Ruht — %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Resting: no reminders</source>
            <translation>Ruht: keine Erinnerungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>Say it: %1</source>
            <translation>Aussprache: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_card.py" />
            <source>They promised</source>
            <translation>Mir versprochen</translation>
        </message>
    </context>
    <context>
        <name>PersonConflicts</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>Another event</source>
            <translation>Ein anderer Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>No rhythm</source>
            <translation>Kein Rhythmus</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>Someone no longer here</source>
            <translation>Jemand, den es nicht mehr gibt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_conflicts.py" />
            <source>This person</source>
            <translation>Diese Person</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>How we met</source>
            <translation>Wie wir uns kennen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Introduced by</source>
            <translation>Vorgestellt von</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Met at</source>
            <translation>Getroffen bei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Pronunciation</source>
            <translation>Aussprache</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Recall cues</source>
            <translation>Merkhilfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Reconnect every</source>
            <translation>Wieder melden alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>Status note</source>
            <translation>Statusnotiz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/field_names.py" />
            <source>What I could offer</source>
            <translation>Was ich anbieten könnte</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;How we met</source>
            <translation>&amp;Wie wir uns kennen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Introduced by</source>
            <translation>&amp;Vorgestellt von</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Pronunciation</source>
            <translation>&amp;Aussprache</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>A recording, an introduction, a ticket, advice, your time…</source>
            <translation>Eine Aufnahme, eine Vorstellung, eine Karte, ein Rat, deine Zeit…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>How we met</source>
            <translation>Wie wir uns kennen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Keeping in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Met &amp;at</source>
            <translation>Getroffen &amp;bei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>No rhythm</source>
            <translation>Kein Rhythmus</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Recall &amp;cues</source>
            <translation>&amp;Merkhilfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Reconnect &amp;every</source>
            <translation>Wieder melden &amp;alle</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Reconnect every (days)</source>
            <translation>Wieder melden alle (Tage)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Resting (no reminders)</source>
            <translation>Ruht (keine Erinnerungen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Status &amp;note</source>
            <translation>Status-A&amp;nmerkung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_form.py" />
            <source>What I could offer</source>
            <translation>Was ich anbieten könnte</translation>
        </message>
    </context>
    <context>
        <name>PersonLinks</name>
        <message>
            <location filename="../../src/eventmate/gui/person/person_links.py" />
            <source>Introduced by</source>
            <translation>Vorgestellt von</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_links.py" />
            <source>Met at</source>
            <translation>Getroffen bei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_links.py" />
            <source>Nobody called “%1” yet: add them first.</source>
            <translation>Noch niemand namens „%1“: leg die Person zuerst an.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_links.py" />
            <source>Type a name</source>
            <translation>Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_links.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>PersonLists</name>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>A fact about %1</source>
            <translation>Eine Angabe über %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Add contact</source>
            <translation>Kontakt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>Add fact</source>
            <translation>Angabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Address or number</source>
            <translation>Adresse oder Nummer</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Contact methods</source>
            <translation>Kontaktwege</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>Edit fact</source>
            <translation>Angabe bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>F2 edits a fact · Delete removes it · Ctrl+Z undoes</source>
            <translation>F2 bearbeitet eine Angabe · Entf entfernt sie · Strg+Z nimmt zurück</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Kind of contact</source>
            <translation>Art des Kontakts</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>Kind of fact</source>
            <translation>Art der Angabe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>New contact method</source>
            <translation>Neuer Kontaktweg</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>New fact</source>
            <translation>Neue Angabe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>New tag</source>
            <translation>Neues Schlagwort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Remove contact</source>
            <translation>Kontakt entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>Remove fact</source>
            <translation>Angabe entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Remove tag</source>
            <translation>Schlagwort entfernen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Remove the selected entry (Delete); Ctrl+Z brings it back</source>
            <translation>Den gewählten Eintrag entfernen (Entf); Strg+Z holt ihn zurück</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Social</source>
            <translation>Social Media</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>Something they told you, or that you share</source>
            <translation>Etwas, das sie dir erzählt haben oder das ihr teilt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/facts_editor.py" />
            <source>What I know</source>
            <translation>Was ich weiß</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_lists.py" />
            <source>e.g. choir, chamber-music</source>
            <translation>z. B. Chor, Kammermusik</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>%1 no longer exists. Nothing here can be changed.</source>
            <translation>%1 gibt es nicht mehr. Hier lässt sich nichts ändern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>%1 was merged into %2.</source>
            <translation>%1 wurde in %2 zusammengeführt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>&amp;Edit details</source>
            <translation>Details &amp;bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>A person needs a name; the old one is kept.</source>
            <translation>Eine Person braucht einen Namen; der alte bleibt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/card_column.py" />
            <source>About this person</source>
            <translation>Über diese Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>Back to people</source>
            <translation>Zurück zu Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>Back to the list (Esc)</source>
            <translation>Zurück zur Liste (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/card_column.py" />
            <source>Contact and keeping in touch</source>
            <translation>Kontakt und in Kontakt bleiben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>Name, role, how we met, contact, tags, keeping in touch (Esc: done)</source>
            <translation>Name, Rolle, wie wir uns kennen, Kontakt, Schlagwörter, in Kontakt bleiben (Esc: fertig)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>Not saved yet: the database is busy or read-only.</source>
            <translation>Noch nicht gespeichert: Die Datenbank ist beschäftigt oder schreibgeschützt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/card_column.py" />
            <source>Promises</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>That change was not made: %1</source>
            <translation>Diese Änderung wurde nicht gemacht: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>That value was not saved: %1</source>
            <translation>Dieser Wert wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>This person</source>
            <translation>Diese Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_column.py" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/card_column.py" />
            <source>What I could offer</source>
            <translation>Was ich anbieten könnte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/card_column.py" />
            <source>What do they care about? What do you have in common? What is their story? Note it here: it is what you will remember next time.</source>
            <translation>Was liegt ihnen am Herzen? Was habt ihr gemeinsam? Was ist ihre Geschichte? Notier es hier: Daran erinnerst du dich beim nächsten Mal.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_notice.py" />
            <source>Your text is still here.</source>
            <translation>Dein Text ist noch da.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/person_page.py" />
            <source>← People</source>
            <translation>← Menschen</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>&amp;Dark</source>
            <translation>Dun&amp;kel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>&amp;Follow the system</source>
            <translation>Wie das &amp;System</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>&amp;Light</source>
            <translation>He&amp;ll</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>&amp;Open data folder</source>
            <translation>Datenordner ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Appearance</source>
            <translation>Aussehen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Appearance: %1</source>
            <translation>Aussehen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Capture mode is always dim, to be easy on the eyes in a dark hall; everything else follows this choice.</source>
            <translation>Der Notizmodus ist immer gedämpft, damit er im dunklen Saal die Augen schont; alles andere folgt dieser Wahl.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Everything stays on this computer, in one folder. Automatic backups are kept beside it.</source>
            <translation>Alles bleibt auf diesem Computer, in einem Ordner. Automatische Sicherungen liegen daneben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Storage</source>
            <translation>Speicherort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/preferences_dialog.py" />
            <source>Your data is kept on a PostgreSQL server (see Storage). Settings and backups stay in this folder on this computer.</source>
            <translation>Deine Daten liegen auf einem PostgreSQL-Server (siehe Speicherort). Einstellungen und Sicherungen bleiben in diesem Ordner auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>PrepareDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>Prepare — %1</source>
            <translation>Vorbereiten — %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>This event no longer exists</source>
            <translation>Diesen Termin gibt es nicht mehr</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/prepare_dialog.py" />
            <source>This event no longer exists. Nothing more is saved here; you can close it.</source>
            <translation>Diesen Termin gibt es nicht mehr. Hier wird nichts mehr gespeichert; du kannst das Fenster schließen.</translation>
        </message>
    </context>
    <context>
        <name>QMainWindow</name>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;About EventMate</source>
            <translation>&amp;Über EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Capture…</source>
            <translation>&amp;Notieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/install.py" />
            <source>&amp;Search…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>Check &amp;database…</source>
            <translation>&amp;Datenbank prüfen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>EventMate &amp;Help</source>
            <translation>EventMate-&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>Import &amp;calendar…</source>
            <translation>&amp;Kalender importieren…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>Next section</source>
            <translation>Nächster Bereich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>Previous section</source>
            <translation>Vorheriger Bereich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/banner.py" />
            <source>Read-only: you can look at, search and export your data; changes are not saved.</source>
            <translation>Schreibgeschützt: Du kannst deine Daten ansehen, durchsuchen und exportieren; Änderungen werden nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/install.py" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/menus.py" />
            <source>Take the &amp;tour…</source>
            <translation>Die &amp;Tour machen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/banner.py" />
            <source>Your data is open read-only</source>
            <translation>Deine Daten sind schreibgeschützt geöffnet</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/jobs.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/jobs.py" />
            <source>EventMate</source>
            <translation>EventMate</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Introduction</source>
            <translation>Vorstellung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Recording</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Score</source>
            <translation>Noten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Something else</source>
            <translation>Etwas anderes</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/jobs.py" />
            <source>Stopping…</source>
            <translation>Halte an…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Ticket</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/pages/give_take.py" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
    </context>
    <context>
        <name>RecordGone</name>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This capture no longer exists; nothing was changed.</source>
            <translation>Diese Notiz gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This event no longer exists; nothing was changed.</source>
            <translation>Diesen Termin gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This follow-up no longer exists; nothing was changed.</source>
            <translation>Dieses Versprechen gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This gift no longer exists; nothing was changed.</source>
            <translation>Dieses Geschenk gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This intention no longer exists; nothing was changed.</source>
            <translation>Diesen Vorsatz gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This no longer exists; nothing was changed.</source>
            <translation>Das gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This person no longer exists; nothing was changed.</source>
            <translation>Diese Person gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/record_gone.py" />
            <source>This reflection no longer exists; nothing was changed.</source>
            <translation>Diesen Rückblick gibt es nicht mehr; nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryScreen</name>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%1, %2 and %3</source>
            <translation>%1, %2 und %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n captures</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/app/offline_start.py" />
            <source>%n captures are kept on this computer, waiting for the server.</source>
            <translation>
                <numerusform>%n Notiz ist auf diesem Computer behalten und wartet auf den Server.</numerusform>
                <numerusform>%n Notizen sind auf diesem Computer behalten und warten auf den Server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n damaged rows could not be read.</source>
            <translation>
                <numerusform>%n beschädigte Zeile war nicht lesbar.</numerusform>
                <numerusform>%n beschädigte Zeilen waren nicht lesbar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Capture while offline</source>
            <translation>&amp;Offline notieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Open read-only</source>
            <translation>&amp;Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Quit EventMate</source>
            <translation>EventMate &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Restore the newest backup</source>
            <translation>Neueste Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Save what can be read…</source>
            <translation>&amp;Lesbares speichern…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>&amp;Try again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>1 capture</source>
            <translation>1 Notiz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/app/offline_start.py" />
            <source>1 capture is kept on this computer, waiting for the server.</source>
            <translation>1 Notiz ist auf diesem Computer behalten und wartet auf den Server.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>1 event</source>
            <translation>1 Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>1 person</source>
            <translation>1 Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>As an EventMate archive (JSON), which can be imported again.</source>
            <translation>Als EventMate-Archiv (JSON), das sich wieder importieren lässt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Captures are kept on this computer and sent when the server is back.</source>
            <translation>Notizen werden auf diesem Computer behalten und gesendet, sobald der Server wieder da ist.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Details: %1</source>
            <translation>Einzelheiten: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/app/offline_start.py" />
            <source>EVENTMATE_DATABASE_URL names the server: unset it to use the file on this computer.</source>
            <translation>EVENTMATE_DATABASE_URL nennt den Server: Entferne die Variable, um die Datei auf diesem Computer zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>EventMate archives (*.json)</source>
            <translation>EventMate-Archive (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>EventMate — %1</source>
            <translation>EventMate — %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>From %1: %2. Your data as it is now is kept aside.</source>
            <translation>Vom %1: %2. Deine jetzigen Daten werden beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Look, search and export your data; nothing can be changed.</source>
            <translation>Deine Daten ansehen, durchsuchen und exportieren; nichts lässt sich ändern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Looking for a backup that checks out…</source>
            <translation>Suche eine einwandfreie Sicherung…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>No backup that checks out was found.</source>
            <translation>Keine einwandfreie Sicherung gefunden.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Nothing was saved: %1</source>
            <translation>Nichts wurde gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Open the data folder's own file instead of the server (Preferences ▸ Storage changes it back). Captures waiting for the server stay here until you use it again.</source>
            <translation>Die eigene Datei des Datenordners statt des Servers öffnen (Einstellungen ▸ Speicherort stellt es zurück). Notizen, die auf den Server warten, bleiben hier, bis du ihn wieder verwendest.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Open the folder that holds your data and its backups.</source>
            <translation>Den Ordner mit deinen Daten und ihren Sicherungen öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Open your data again now.</source>
            <translation>Deine Daten jetzt erneut öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Restoring the backup…</source>
            <translation>Stelle die Sicherung wieder her…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Save what can be read</source>
            <translation>Lesbares speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Saved %n people and everything else that could be read to %1.</source>
            <translation>
                <numerusform>%n Person und alles andere Lesbare in %1 gespeichert.</numerusform>
                <numerusform>%n Personen und alles andere Lesbare in %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Saving what can be read…</source>
            <translation>Speichere, was lesbar ist…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Show the &amp;folder</source>
            <translation>&amp;Ordner zeigen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>The backup was not restored: %1</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Use the &amp;file on this computer</source>
            <translation>Die &amp;Datei auf diesem Computer verwenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/recovery_screen.py" />
            <source>Your data: %1</source>
            <translation>Deine Daten: %1</translation>
        </message>
    </context>
    <context>
        <name>ReflectionConflicts</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/conflicts.py" />
            <source>Free writing</source>
            <translation>Freier Text</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/conflicts.py" />
            <source>Not saved: this was changed elsewhere. Typing on asks again.</source>
            <translation>Nicht gespeichert: Dies wurde anderswo geändert. Beim Weiterschreiben wird erneut gefragt.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionWindow</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Energy &amp;after (1–5)</source>
            <translation>Energie &amp;nachher (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Energy &amp;before (1–5)</source>
            <translation>Energie &amp;vorher (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Energy after</source>
            <translation>Energie nachher</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Energy before</source>
            <translation>Energie vorher</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Free writing</source>
            <translation>Freier Text</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Free writing, formatted</source>
            <translation>Freier Text, formatiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Markdown works: *emphasis*, - lists, # headings. @Name links a person.</source>
            <translation>Markdown geht: *Betonung*, - Listen, # Überschriften. @Name verknüpft eine Person.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Not stored yet — your text is safe here and will be saved shortly.</source>
            <translation>Noch nicht abgelegt — dein Text ist hier sicher und wird gleich gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Reflect — %1</source>
            <translation>Rückblick — %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Show the writing formatted (Ctrl+Shift+P)</source>
            <translation>Den Text formatiert zeigen (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>This event no longer exists</source>
            <translation>Diesen Termin gibt es nicht mehr</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>Write as much or as little as you like; it saves as you type.</source>
            <translation>Schreib so viel oder so wenig du magst; es wird beim Tippen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>not noted</source>
            <translation>nicht notiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/window.py" />
            <source>“%1” no longer exists: it was deleted, or a restored backup replaced it. Nothing more is saved here; what you wrote stays on screen so you can copy it.</source>
            <translation>„%1“ gibt es nicht mehr: Der Termin wurde gelöscht oder durch eine wiederhergestellte Sicherung ersetzt. Hier wird nichts mehr gespeichert; was du geschrieben hast, bleibt sichtbar, damit du es kopieren kannst.</translation>
        </message>
    </context>
    <context>
        <name>Rehearsal</name>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Cares about: %1</source>
            <translation>Liegt am Herzen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Common ground: %1</source>
            <translation>Gemeinsamkeit: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Met at %1</source>
            <translation>Getroffen bei %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Met at %1, %2</source>
            <translation>Getroffen bei %1, %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Nearly — this is how it is written.</source>
            <translation>Fast — so wird er geschrieben.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Not yet — this one comes back in a moment.</source>
            <translation>Noch nicht — dieser Name kommt gleich wieder.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Say it: %1</source>
            <translation>Aussprache: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>That's everyone. Enjoy meeting them.</source>
            <translation>Das sind alle. Viel Freude beim Treffen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>That's everyone. Worth one more look before you go: %1.</source>
            <translation>Das sind alle. Einen zweiten Blick wert, bevor du gehst: %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/card_text.py" />
            <source>Yes.</source>
            <translation>Ja.</translation>
        </message>
    </context>
    <context>
        <name>RehearsalWindow</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>%1 · %n names to go</source>
            <translation>
                <numerusform>%1 · noch %n Name</numerusform>
                <numerusform>%1 · noch %n Namen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>%1 · 1 name to go</source>
            <translation>%1 · noch 1 Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>&amp;Who is this?</source>
            <translation>&amp;Wer ist das?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Add a cue (a role, where you met, what you noticed) to: %1</source>
            <translation>Ergänze eine Merkhilfe (eine Rolle, wo ihr euch getroffen habt, was dir aufgefallen ist) bei: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>An answer could not be kept (%1); the rehearsal goes on.</source>
            <translation>Eine Antwort ließ sich nicht festhalten (%1); das Üben geht weiter.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Did you know it?</source>
            <translation>Wusstest du ihn?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Enter or Esc: close</source>
            <translation>Enter oder Esc: schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Enter: check the name · Enter on an empty line: see it · Ctrl+H: how to say it · Esc: close</source>
            <translation>Enter: Namen prüfen · Enter bei leerer Zeile: Namen zeigen · Strg+H: Aussprache · Esc: schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Enter: check the name · Enter on an empty line: see it · Esc: close</source>
            <translation>Enter: Namen prüfen · Enter bei leerer Zeile: Namen zeigen · Esc: schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Enter: next · Esc: close</source>
            <translation>Enter: weiter · Esc: schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Good.</source>
            <translation>Gut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>K: I knew it · N: not yet · Esc: close</source>
            <translation>K: gewusst · N: noch nicht · Esc: schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Left out, with nothing noted to recall them by: %1</source>
            <translation>Ausgelassen, weil nichts zum Erinnern notiert ist: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>No one to rehearse yet: nobody here has cues noted.</source>
            <translation>Noch niemand zum Üben: Für niemanden hier sind Merkhilfen notiert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Nobody to rehearse yet. People you link with a “connect” intention, or have met at this venue, series or host, will be here.</source>
            <translation>Noch niemand zum Üben. Hier erscheinen Menschen, die du mit einem Vorsatz „Begegnen“ verknüpfst oder an diesem Ort, in dieser Reihe oder bei diesem Gastgeber getroffen hast.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Not yet — this one comes back in a moment.</source>
            <translation>Noch nicht — dieser Name kommt gleich wieder.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Rehearse names</source>
            <translation>Namen üben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Rehearse names — %1</source>
            <translation>Namen üben — %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Their name</source>
            <translation>Der Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>Type the name, or press Enter to see it</source>
            <translation>Namen tippen oder Enter drücken, um ihn zu sehen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rehearsal/rehearsal_window.py" />
            <source>What you remember about them</source>
            <translation>Was du über sie weißt</translation>
        </message>
    </context>
    <context>
        <name>RestNoteDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>A &amp;note, if you like:</source>
            <translation>Eine &amp;Anmerkung, wenn du magst:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>A note, if you like</source>
            <translation>Eine Anmerkung, wenn du magst</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>Let it rest</source>
            <translation>Ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>Let “%1” rest</source>
            <translation>„%1“ ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>Reminders stop and nothing is deleted. You can pick it up again any time.</source>
            <translation>Die Erinnerungen hören auf, und nichts wird gelöscht. Du kannst jederzeit wieder anknüpfen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/rest_dialog.py" />
            <source>e.g. moved abroad; we will meet again by chance</source>
            <translation>z. B. ins Ausland gezogen; wir sehen uns zufällig wieder</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%1 — %2
cannot be read</source>
            <translation>%1 — %2
nicht lesbar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n backups, newest first.</source>
            <translation>
                <numerusform>%n Sicherung.</numerusform>
                <numerusform>%n Sicherungen, die neueste zuerst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n captures</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>&amp;Backups</source>
            <translation>&amp;Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>1 capture</source>
            <translation>1 Notiz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>1 event</source>
            <translation>1 Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>1 person</source>
            <translation>1 Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Choose a backup to go back to. Your data as it is now is kept: it is backed up first and set aside, so you can come back to it.</source>
            <translation>Wähle eine Sicherung, zu der du zurückkehren willst. Deine jetzigen Daten bleiben erhalten: Sie werden vorher gesichert und beiseitegelegt, du kannst zu ihnen zurück.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>EventMate backups (*.sqlite3);;All files (*)</source>
            <translation>EventMate-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>No backups yet. EventMate makes one every half hour while you work.</source>
            <translation>Noch keine Sicherungen. EventMate legt jede halbe Stunde eine an, während du arbeitest.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Not restored: %1. Nothing was changed.</source>
            <translation>Nicht wiederhergestellt: %1. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>One backup.</source>
            <translation>Eine Sicherung.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Other &amp;file…</source>
            <translation>Andere &amp;Datei…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Reading backups…</source>
            <translation>Lese Sicherungen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Restore from a backup file</source>
            <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Restore from another backup file</source>
            <translation>Aus einer anderen Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Restored. Your previous data was kept as %1, and as the backup “before a restore”.</source>
            <translation>Wiederhergestellt. Deine bisherigen Daten liegen als %1 bereit und als Sicherung „vor einer Wiederherstellung“.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>Restoring the backup…</source>
            <translation>Stelle die Sicherung wieder her…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>backed up by you</source>
            <translation>von dir gesichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>before a merge</source>
            <translation>vor einem Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>before a restore</source>
            <translation>vor einer Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>before an import</source>
            <translation>vor einem Import</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/restore_dialog.py" />
            <source>before an update</source>
            <translation>vor einem Update</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../src/eventmate/gui/search/results_panel.py" />
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_panel.py" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../src/eventmate/gui/search/search_bar.py" />
            <source>Search everywhere</source>
            <translation>Überall suchen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/search_bar.py" />
            <source>Search everywhere (Ctrl+K or Ctrl+F)</source>
            <translation>Überall suchen (Strg+K oder Strg+F)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/search_bar.py" />
            <source>Search people, notes, events…</source>
            <translation>Menschen, Notizen, Termine durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/search_bar.py" />
            <source>That search could not run; try other words.</source>
            <translation>Diese Suche ließ sich nicht ausführen; versuch andere Wörter.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source> (more: keep typing)</source>
            <translation> (mehr: weitertippen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>Captures</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>Events</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>Facts</source>
            <translation>Angaben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>Notes</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>People</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/search/results_model.py" />
            <source>Reflections</source>
            <translation>Rückblicke</translation>
        </message>
    </context>
    <context>
        <name>ShippedPrompts</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>After an event</source>
            <translation>Nach einem Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What common ground did we find?</source>
            <translation>Welche Gemeinsamkeiten haben wir gefunden?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What could I offer someone I met?</source>
            <translation>Was könnte ich jemandem anbieten, den ich getroffen habe?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What did I give?</source>
            <translation>Was habe ich gegeben?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What did I learn about others?</source>
            <translation>Was habe ich über andere erfahren?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What surprised me?</source>
            <translation>Was hat mich überrascht?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>What went well?</source>
            <translation>Was lief gut?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>Whom did I meet that I had not planned to?</source>
            <translation>Wen habe ich ungeplant getroffen?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/shipped_words.py" />
            <source>Whom did I really listen to?</source>
            <translation>Wem habe ich wirklich zugehört?</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>%1 was changed on another device or elsewhere</source>
            <translation>%1 wurde auf einem anderen Gerät oder anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Cancel — keep editing</source>
            <translation>Abbrechen – weiter bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Changed elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Keep &amp;mine</source>
            <translation>&amp;Meine behalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Keep &amp;theirs</source>
            <translation>&amp;Die andere behalten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Saved elsewhere</source>
            <translation>Anderswo gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>While you were typing, this was saved somewhere else. Nothing of yours is lost: choose which to keep.</source>
            <translation>Während du geschrieben hast, wurde dies anderswo gespeichert. Von deinem Text geht nichts verloren: Wähle, was bleiben soll.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>Yours, not saved</source>
            <translation>Deine Fassung, nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>saved elsewhere</source>
            <translation>anderswo gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/stale_dialog.py" />
            <source>yours</source>
            <translation>deine Fassung</translation>
        </message>
    </context>
    <context>
        <name>StoragePanel</name>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;Move my data there…</source>
            <translation>Meine Daten dorthin &amp;umziehen…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;Remember the password in the system keyring</source>
            <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>(The server said: %1)</source>
            <translation>(Der Server meldete: %1)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>A server on another computer is always reached encrypted (TLS). A saved password is kept in the system keyring, never in a file.</source>
            <translation>Ein Server auf einem anderen Computer wird immer verschlüsselt erreicht (TLS). Ein gespeichertes Passwort liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Connected: PostgreSQL %1.</source>
            <translation>Verbunden: PostgreSQL %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>EVENTMATE_DATABASE_URL is set: it chooses the store while it is.</source>
            <translation>EVENTMATE_DATABASE_URL ist gesetzt: Solange das so ist, bestimmt es den Speicherort.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>EventMate will use this computer from its next start.</source>
            <translation>EventMate verwendet diesen Computer ab dem nächsten Start.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>EventMate will use this server from its next start.</source>
            <translation>EventMate verwendet diesen Server ab dem nächsten Start.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>It already holds EventMate data.</source>
            <translation>Sie enthält schon EventMate-Daten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>It is empty: move your data there, or start afresh.</source>
            <translation>Sie ist leer: Zieh deine Daten dorthin um oder fang neu an.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Keep data on this &amp;computer</source>
            <translation>Daten auf diesem &amp;Computer behalten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Moved and checked: %n people and everything else, byte for byte. EventMate will use the server from its next start; the data on this computer is left as it was.</source>
            <translation>
                <numerusform>Umgezogen und geprüft: %n Person und alles andere, Byte für Byte. EventMate verwendet den Server ab dem nächsten Start; die Daten auf diesem Computer bleiben, wie sie waren.</numerusform>
                <numerusform>Umgezogen und geprüft: %n Personen und alles andere, Byte für Byte. EventMate verwendet den Server ab dem nächsten Start; die Daten auf diesem Computer bleiben, wie sie waren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Moving your data to the server…</source>
            <translation>Ziehe deine Daten auf den Server um…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Nothing was moved: %1</source>
            <translation>Nichts wurde umgezogen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Passwort im Schlüsselbund des Systems merken</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Server host</source>
            <translation>Server-Host</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Server port</source>
            <translation>Server-Port</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>The password could not be saved: there is no system keyring (%1).</source>
            <translation>Das Passwort ließ sich nicht speichern: Es gibt keinen Schlüsselbund im System (%1).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Type the database and the user name first.</source>
            <translation>Gib zuerst die Datenbank und den Benutzernamen ein.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>U&amp;se this server</source>
            <translation>Diesen Server &amp;verwenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Where your data is kept</source>
            <translation>Wo deine Daten liegen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Your data is kept on the server %1 (database %2).</source>
            <translation>Deine Daten liegen auf dem Server %1 (Datenbank %2).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/storage_preferences.py" />
            <source>Your data is kept on this computer, in the data folder.</source>
            <translation>Deine Daten liegen auf diesem Computer, im Datenordner.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source> (new reflections)</source>
            <translation> (neue Rückblicke)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>&amp;New template</source>
            <translation>&amp;Neue Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>&amp;Prompts
(one per line)</source>
            <translation>&amp;Fragen
(eine pro Zeile)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>&amp;Use for new reflections</source>
            <translation>Für neue Rückblicke &amp;verwenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>My prompts</source>
            <translation>Meine Fragen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>Prompts, one per line</source>
            <translation>Fragen, eine pro Zeile</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>Reflection prompts</source>
            <translation>Fragen für den Rückblick</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>Saved. Reflections already begun keep their answers.</source>
            <translation>Gespeichert. Schon begonnene Rückblicke behalten ihre Antworten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/templates_dialog.py" />
            <source>What went well?</source>
            <translation>Was lief gut?</translation>
        </message>
    </context>
    <context>
        <name>TidyDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>%1 has</source>
            <translation>%1 hat</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>&amp;Recall cues</source>
            <translation>&amp;Merkhilfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>&amp;Who is it?</source>
            <translation>&amp;Wer ist es?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>(nothing yet)</source>
            <translation>(noch nichts)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Link and add</source>
            <translation>Verknüpfen und ergänzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Link to someone</source>
            <translation>Mit jemandem verknüpfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Make a person</source>
            <translation>Person anlegen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Make person</source>
            <translation>Person anlegen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Matching people</source>
            <translation>Passende Personen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>One per line, e.g. loves Bartók's quartets</source>
            <translation>Eine pro Zeile, z. B. liebt Bartóks Quartette</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Only the link: the capture joins their timeline.</source>
            <translation>Nur die Verknüpfung: Die Notiz kommt in ihren Verlauf.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Recall cues</source>
            <translation>Merkhilfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Their name, once you know it</source>
            <translation>Der Name, sobald du ihn weißt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>This capture adds</source>
            <translation>Diese Notiz ergänzt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Type a name</source>
            <translation>Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>Type a name to find the person.</source>
            <translation>Tipp einen Namen, um die Person zu finden.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>What I &amp;learned</source>
            <translation>Was ich &amp;erfahren habe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>What I learned</source>
            <translation>Was ich erfahren habe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>You wrote:</source>
            <translation>Du hast geschrieben:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/reflection/tidy_dialog.py" />
            <source>e.g. red scarf, laughs a lot</source>
            <translation>z. B. roter Schal, lacht viel</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Captured</source>
            <translation>Notiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Follow-up</source>
            <translation>Versprechen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Gave</source>
            <translation>Gegeben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Hoped to meet</source>
            <translation>Wollte treffen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Hoped to offer</source>
            <translation>Wollte anbieten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Met</source>
            <translation>Getroffen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Received</source>
            <translation>Bekommen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>Reflection</source>
            <translation>Rückblick</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>let it rest</source>
            <translation>ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/person/timeline_model.py" />
            <source>open</source>
            <translation>offen</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Anna Schmidt (viola, LSO) — loves Bartók !send my Ligeti recording</source>
            <translation>Anna Schmidt (Bratsche, LSO) — liebt Bartók !schicken meine Ligeti-Aufnahme</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Before the event</source>
            <translation>Vor dem Termin</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Capture in seconds</source>
            <translation>In Sekunden notiert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>During a break</source>
            <translation>In der Pause</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Open Prepare on an event (Ctrl+Shift+P on Events, or Prepare on Home). Note someone you would like to hear from, something you would like to learn about others, something you could offer, or how you want to show up. One is enough.&lt;br/&gt;&lt;br/&gt;The briefing beside it reminds you of the people you may see: how to say their name, what they care about, what you promised each other.</source>
            <translation>Öffne „Vorbereiten“ bei einem Termin (Strg+Umschalt+P unter Termine oder „Vorbereiten“ auf Start). Notier, von wem du gern hören würdest, was du über andere erfahren möchtest, was du anbieten könntest oder wie du auftreten möchtest. Eins genügt.&lt;br/&gt;&lt;br/&gt;Das Briefing daneben erinnert dich an die Menschen, die du treffen könntest: wie man ihren Namen ausspricht, was ihnen am Herzen liegt, was ihr euch versprochen habt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Press Ctrl+Shift+N, type one line per person and press Enter: it is saved at once. A name, or a few words such as “cellist, red scarf”, is enough; the rest can wait.</source>
            <translation>Drück Strg+Umschalt+N, tipp eine Zeile pro Person und drück Enter: Sie ist sofort gespeichert. Ein Name oder ein paar Worte wie „Cellistin, roter Schal“ genügen; der Rest kann warten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Reflect, follow up, let it rest</source>
            <translation>Zurückblicken, nachfassen, ruhen lassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Set an intention or two</source>
            <translation>Ein, zwei Vorsätze fassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>That night or the next morning, reflect: whom did you really listen to, what did you learn about them, what common ground did you find? Keep the promises you made — giving needs no return.&lt;br/&gt;&lt;br/&gt;Not every meeting grows into more. Let it rest, with a note if you like: nothing is deleted. F1 shows this tour again, and every shortcut.</source>
            <translation>Am selben Abend oder am nächsten Morgen blickst du zurück: Wem hast du wirklich zugehört, was hast du über sie erfahren, welche Gemeinsamkeiten habt ihr gefunden? Halte deine Versprechen — Geben braucht keine Gegenleistung.&lt;br/&gt;&lt;br/&gt;Nicht jede Begegnung wird zu mehr. Lass sie ruhen, wenn du magst mit einer Anmerkung: Nichts wird gelöscht. F1 zeigt diese Tour wieder, und alle Tastenkürzel.</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Close the tour (Esc); Help (F1) opens it again</source>
            <translation>Die Tour schließen (Esc); Hilfe (F1) öffnet sie wieder</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Example: %1</source>
            <translation>Beispiel: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Next panel</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Skip the tour</source>
            <translation>Tour überspringen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Start</source>
            <translation>Los geht’s</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Start using EventMate</source>
            <translation>EventMate benutzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/tour.py" />
            <source>Welcome to EventMate</source>
            <translation>Willkommen bei EventMate</translation>
        </message>
    </context>
    <context>
        <name>TurnOffDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>&amp;Decrypt the %1 backups too</source>
            <translation>Die %1 Sicherungen auch &amp;entschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>&amp;Decrypt the backup too</source>
            <translation>Die Sicherung auch &amp;entschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>&amp;Leave them encrypted (they open with this passphrase or the recovery key)</source>
            <translation>&amp;Verschlüsselt lassen (sie öffnen sich mit dieser Passphrase oder dem Notfallschlüssel)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>&amp;Stop encrypting</source>
            <translation>Verschlüsselung &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Anyone who can read your data folder will be able to read your people and notes. Your computer's own protection (full-disk encryption, your account's password) still applies. Enter your passphrase or recovery key to go on.</source>
            <translation>Wer deinen Datenordner lesen kann, kann dann deine Menschen und Notizen lesen. Der Schutz deines Computers (Festplattenverschlüsselung, das Passwort deines Kontos) gilt weiter. Gib deine Passphrase oder deinen Notfallschlüssel ein, um fortzufahren.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Decrypting your data…</source>
            <translation>Entschlüssele deine Daten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Nothing was changed: %1.</source>
            <translation>Nichts wurde geändert: %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Passphrase or recovery key</source>
            <translation>Passphrase oder Notfallschlüssel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Stop encrypting your data</source>
            <translation>Verschlüsselung beenden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/turn_off_dialog.py" />
            <source>Store your data without encryption</source>
            <translation>Daten unverschlüsselt speichern</translation>
        </message>
    </context>
    <context>
        <name>TurnOnDialog</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>%n backups were encrypted too.</source>
            <translation>
                <numerusform>%n Sicherung wurde auch verschlüsselt.</numerusform>
                <numerusform>%n Sicherungen wurden auch verschlüsselt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>%n damaged backups could not be encrypted and were left as they were.</source>
            <translation>
                <numerusform>%n beschädigte Sicherung ließ sich nicht verschlüsseln und blieb, wie sie war.</numerusform>
                <numerusform>%n beschädigte Sicherungen ließen sich nicht verschlüsseln und blieben, wie sie waren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Encrypt now</source>
            <translation>Jetzt &amp;verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Encrypt the %1 backups too (recommended)</source>
            <translation>Die %1 Sicherungen auch &amp;verschlüsseln (empfohlen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Encrypt the backup too (recommended)</source>
            <translation>Die Sicherung auch &amp;verschlüsseln (empfohlen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Leave them readable (anyone who can read the folder can read them)</source>
            <translation>&amp;Lesbar lassen (wer den Ordner lesen kann, kann sie lesen)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>&amp;Remember on this computer (in its keyring)</source>
            <translation>Auf diesem Computer &amp;merken (im Schlüsselbund)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>C&amp;opy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Copied. Paste it somewhere safe, not beside your data.</source>
            <translation>Kopiert. Füge ihn an einem sicheren Ort ein, nicht bei deinen Daten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Encrypt your data</source>
            <translation>Daten verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Encrypt your data with a passphrase</source>
            <translation>Daten mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Encrypting your data…</source>
            <translation>Verschlüssele deine Daten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>EventMate then opens without asking here; anyone using your account can too.</source>
            <translation>EventMate öffnet sich hier dann ohne Nachfrage – auch für alle, die dein Benutzerkonto verwenden.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>I have &amp;written down my recovery key</source>
            <translation>Ich habe meinen Notfallschlüssel &amp;aufgeschrieben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>If you forget your passphrase, this key opens your data. Write it down and keep it somewhere safe, away from this computer. It is shown only now: EventMate keeps no copy it could show again.</source>
            <translation>Wenn du deine Passphrase vergisst, öffnet dieser Schlüssel deine Daten. Schreib ihn auf und bewahre ihn sicher auf, nicht bei diesem Computer. Er wird nur jetzt gezeigt: EventMate behält keine Kopie, die es noch einmal zeigen könnte.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Making your key…</source>
            <translation>Erzeuge deinen Schlüssel…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Not encrypted: %1</source>
            <translation>Nicht verschlüsselt: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Not remembered on this computer: %1.</source>
            <translation>Auf diesem Computer nicht gemerkt: %1.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Only your passphrase or your recovery key can open it now.</source>
            <translation>Jetzt öffnen sie nur noch deine Passphrase oder dein Notfallschlüssel.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Recovery key</source>
            <translation>Notfallschlüssel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Die beiden Passphrasen sind verschieden. Gib zweimal dieselbe ein.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Your data is encrypted</source>
            <translation>Deine Daten sind verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Your people, notes and backups will be stored encrypted: without the passphrase nobody can read them, not even with the files in hand. You will type it when EventMate starts. Choose a few words you will remember; if you forget it, only your recovery key (shown next) can open your data.</source>
            <translation>Deine Menschen, Notizen und Sicherungen werden verschlüsselt gespeichert: Ohne die Passphrase kann sie niemand lesen, auch nicht mit den Dateien in der Hand. Du gibst sie ein, wenn EventMate startet. Wähle ein paar Wörter, die du dir merkst; vergisst du sie, öffnet nur noch dein Notfallschlüssel (im nächsten Schritt) deine Daten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/encryption_dialog.py" />
            <source>Your recovery key</source>
            <translation>Dein Notfallschlüssel</translation>
        </message>
    </context>
    <context>
        <name>UndoVersions</name>
        <message>
            <location filename="../../src/eventmate/gui/undo_versions.py" />
            <source>%1 was changed elsewhere after this edit was undone, so it was not redone.</source>
            <translation>%1 wurde anderswo geändert, nachdem diese Änderung rückgängig gemacht wurde; sie wurde daher nicht wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/undo_versions.py" />
            <source>%1 was changed elsewhere after this edit, so it was not undone.</source>
            <translation>%1 wurde nach dieser Änderung anderswo geändert; sie wurde daher nicht rückgängig gemacht.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>&amp;Open</source>
            <translation>&amp;Öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>&amp;Remember on this computer</source>
            <translation>Auf diesem Computer &amp;merken</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Checking…</source>
            <translation>Prüfe…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Could not check the passphrase: %1</source>
            <translation>Die Passphrase ließ sich nicht prüfen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Keep the key in this computer's keyring, so EventMate opens without asking. Anyone who can use your account can then open your data.</source>
            <translation>Den Schlüssel im Schlüsselbund dieses Computers ablegen, damit EventMate ohne Nachfrage öffnet. Dann kann jeder, der dein Konto benutzen kann, deine Daten öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Opening your data…</source>
            <translation>Öffne deine Daten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Passphrase or recovery key</source>
            <translation>Passphrase oder Notfallschlüssel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>That passphrase (or recovery key) does not open your data. Your data is not damaged; try again.</source>
            <translation>Diese Passphrase (oder dieser Notfallschlüssel) öffnet deine Daten nicht. Deine Daten sind nicht beschädigt; versuch es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>The key file beside your data is damaged; restore a backup.</source>
            <translation>Die Schlüsseldatei neben deinen Daten ist beschädigt; stell eine Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/unlock_panel.py" />
            <source>Your passphrase, or your recovery key</source>
            <translation>Deine Passphrase oder dein Notfallschlüssel</translation>
        </message>
    </context>
    <context>
        <name>VCardPreviewDialog</name>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%1 is already here, nothing new</source>
            <translation>%1 ist schon da, nichts Neues</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%1 new, %2 to update, %3 already here with nothing new, %4 left out.</source>
            <translation>%1 neu, %2 zu ergänzen, %3 schon da ohne Neues, %4 ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%1 will be updated: %2</source>
            <translation>%1 wird ergänzt: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n cards could not be read and will be skipped:</source>
            <translation>
                <numerusform>%n Karte ist nicht lesbar und wird übersprungen:</numerusform>
                <numerusform>%n Karten sind nicht lesbar und werden übersprungen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n e-mail addresses</source>
            <translation>
                <numerusform>%n E-Mail-Adresse</numerusform>
                <numerusform>%n E-Mail-Adressen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n facts</source>
            <translation>
                <numerusform>%n Angabe</numerusform>
                <numerusform>%n Angaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n notes</source>
            <translation>
                <numerusform>%n Anmerkung</numerusform>
                <numerusform>%n Anmerkungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n phone numbers</source>
            <translation>
                <numerusform>%n Telefonnummer</numerusform>
                <numerusform>%n Telefonnummern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n social profiles</source>
            <translation>
                <numerusform>%n Social-Media-Profil</numerusform>
                <numerusform>%n Social-Media-Profile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n tags</source>
            <translation>
                <numerusform>%n Schlagwort</numerusform>
                <numerusform>%n Schlagwörter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>%n web addresses</source>
            <translation>
                <numerusform>%n Webadresse</numerusform>
                <numerusform>%n Webadressen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>&amp;Cards</source>
            <translation>&amp;Karten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>1 card could not be read and will be skipped:</source>
            <translation>1 Karte ist nicht lesbar und wird übersprungen:</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Cards in the file</source>
            <translation>Karten in der Datei</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Cards that will be skipped</source>
            <translation>Karten, die übersprungen werden</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Import contacts from %1</source>
            <translation>Kontakte aus %1 importieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Leave out</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>New person (or the same as %1?)</source>
            <translation>Neue Person (oder dieselbe wie %1?)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>Nothing is saved until you choose Import. A card EventMate knows (by its ID, or the same e-mail address or phone number as someone here) only adds what is new to that person; nothing you wrote is changed. A similar name is only a suggestion, unless the card holds nothing new. Change what happens with F2 or a double click.</source>
            <translation>Gespeichert wird erst, wenn du „Importieren“ wählst. Eine Karte, die EventMate kennt (an ihrer ID oder an derselben E-Mail-Adresse oder Telefonnummer wie jemand hier), ergänzt bei dieser Person nur Neues; nichts, was du geschrieben hast, wird geändert. Ein ähnlicher Name ist nur ein Vorschlag, außer die Karte enthält nichts Neues. Was geschieht, änderst du mit F2 oder einem Doppelklick.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>What happens to this card</source>
            <translation>Was mit dieser Karte geschieht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a fact</source>
            <translation>eine Angabe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a note</source>
            <translation>eine Anmerkung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a phone number</source>
            <translation>eine Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a social profile</source>
            <translation>ein Social-Media-Profil</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a tag</source>
            <translation>ein Schlagwort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>a web address</source>
            <translation>eine Webadresse</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>an e-mail address</source>
            <translation>eine E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>linked to this card</source>
            <translation>mit dieser Karte verknüpft</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>pronunciation</source>
            <translation>Aussprache</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/data/vcard_preview_dialog.py" />
            <source>role</source>
            <translation>Rolle</translation>
        </message>
    </context>
    <context>
        <name>briefing</name>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Briefing</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Cares about</source>
            <translation>Liegt am Herzen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Common ground</source>
            <translation>Gemeinsamkeiten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Connect</source>
            <translation>Begegnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Energy before: %1 of 5</source>
            <translation>Energie vorher: %1 von 5</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Intentions</source>
            <translation>Vorsätze</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Last note</source>
            <translation>Letzte Anmerkung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Learn</source>
            <translation>Erfahren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Met at %1, %2 (%3)</source>
            <translation>Getroffen bei %1, %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Mindset</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Nobody yet.</source>
            <translation>Noch niemand.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Nobody yet. Link someone through a “connect” intention, or simply see who you meet — that is how every relationship starts.</source>
            <translation>Noch niemand. Verknüpfe jemanden über einen Vorsatz „Begegnen“ oder schau einfach, wen du triffst — so beginnt jede Beziehung.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Offer</source>
            <translation>Anbieten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>People you may see</source>
            <translation>Menschen, die du treffen könntest</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Printed %1</source>
            <translation>Gedruckt %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Recall</source>
            <translation>Merkhilfe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Say</source>
            <translation>Aussprache</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Their story</source>
            <translation>Geschichte</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>They promised</source>
            <translation>Dir versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>Works with %1, the host</source>
            <translation>Arbeitet mit %1, dem Gastgeber</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You could offer</source>
            <translation>Du könntest anbieten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You have met more people at these places; the most recent are shown.</source>
            <translation>Du hast an diesen Orten mehr Menschen getroffen; die letzten werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You hope to connect</source>
            <translation>Du möchtest dieser Person begegnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You hope to connect: %1</source>
            <translation>Du möchtest begegnen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You hope to offer them something</source>
            <translation>Du möchtest etwas anbieten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You hope to offer: %1</source>
            <translation>Du möchtest anbieten: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>You promised</source>
            <translation>Du hast versprochen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>same host</source>
            <translation>gleicher Gastgeber</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>same series</source>
            <translation>gleiche Reihe</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/briefing_render.py" />
            <source>same venue</source>
            <translation>gleicher Ort</translation>
        </message>
    </context>
    <context>
        <name>check_database</name>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>%n events</source>
            <translation>
                <numerusform>%n Termin</numerusform>
                <numerusform>%n Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>Check database</source>
            <translation>Datenbank prüfen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>Checking your data…</source>
            <translation>Prüfe deine Daten…</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>EventMate found damage in your data file (%1). Restore the newest backup (File ▸ Restore from backup…); the damaged file is kept aside, not deleted.</source>
            <translation>EventMate hat einen Schaden in deiner Datendatei gefunden (%1). Stell die neueste Sicherung wieder her (Datei ▸ Aus Sicherung wiederherstellen…); die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>The check could not finish: %1</source>
            <translation>Die Prüfung ließ sich nicht abschließen: %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>The search index for %1 is damaged. It is rebuilt from your %1 when your data can be written; nothing is lost, but searching may miss some until then.</source>
            <translation>Der Suchindex für %1 ist beschädigt. Er wird aus deinen %1 neu aufgebaut, sobald deine Daten beschreibbar sind; nichts geht verloren, aber bis dahin findet die Suche vielleicht nicht alles.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>The search index for %1 was damaged and has been rebuilt from your %1; nothing was lost (a backup was taken first).</source>
            <translation>Der Suchindex für %1 war beschädigt und wurde aus deinen %1 neu aufgebaut; nichts ging verloren (vorher wurde gesichert).</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>Your data is in good order: %1 and %2, every page readable.</source>
            <translation>Deine Daten sind in Ordnung: %1 und %2, jede Seite lesbar.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>Your data is not at this version's layout; restart EventMate.</source>
            <translation>Deine Daten haben nicht den Aufbau dieser Version; starte EventMate neu.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>captures</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>events</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>facts</source>
            <translation>Angaben</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>notes</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>people</source>
            <translation>Menschen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/check_database.py" />
            <source>reflections</source>
            <translation>Rückblicke</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>Tonight</source>
            <translation>Heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>d MMM</source>
            <comment>date format: day, short month</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>d MMM yyyy</source>
            <comment>date format: day, short month, year</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>ddd d MMM</source>
            <comment>date format: short weekday, day, short month</comment>
            <translation>ddd, d. MMM</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>ddd d MMM yyyy</source>
            <comment>date format: short weekday, day, short month, year</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>due %1</source>
            <translation>fällig %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>due today</source>
            <translation>heute fällig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>due tomorrow</source>
            <translation>morgen fällig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>waiting since %1</source>
            <translation>wartet seit %1</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/formatting.py" />
            <source>waiting since yesterday</source>
            <translation>wartet seit gestern</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>new tags</source>
            <translation>neue Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/import_dialog.py" />
            <source>title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Audition</source>
            <translation>Vorspiel</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Concert</source>
            <translation>Konzert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Conference</source>
            <translation>Konferenz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Fundraiser</source>
            <translation>Benefiz</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Gig</source>
            <translation>Gig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Masterclass</source>
            <translation>Meisterkurs</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Other</source>
            <translation>Anderes</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Reception</source>
            <translation>Empfang</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_model.py" />
            <source>Rehearsal</source>
            <translation>Probe</translation>
        </message>
    </context>
    <context>
        <name>problem_dialogs</name>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source> (process %1)</source>
            <translation> (Prozess %1)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>EventMate hit an unexpected error. What you had saved is safe.</source>
            <translation>EventMate ist auf einen unerwarteten Fehler gestoßen. Was du gespeichert hattest, ist sicher.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>EventMate is already open</source>
            <translation>EventMate ist schon geöffnet</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>EventMate is already running on this data folder%1. Switch to its window; two copies writing to the same data could lose work.

Lock: %2</source>
            <translation>EventMate läuft schon mit diesem Datenordner%1. Wechsle zu seinem Fenster; zwei Kopien, die in dieselben Daten schreiben, könnten Arbeit verlieren.

Sperre: %2</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>No log file could be written here; the details are below.</source>
            <translation>Hier ließ sich keine Protokolldatei schreiben; die Einzelheiten stehen unten.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/problem_dialogs.py" />
            <source>The details are in the log file:
%1</source>
            <translation>Die Einzelheiten stehen in der Protokolldatei:
%1</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>How do you want to show up?</source>
            <translation>Wie möchtest du auftreten?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>What could you offer someone here?</source>
            <translation>Was könntest du jemandem hier anbieten?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>What would you like to learn about the people here?</source>
            <translation>Was möchtest du über die Menschen hier erfahren?</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/intentions_view.py" />
            <source>Who would you like to meet, or see again?</source>
            <translation>Wen möchtest du kennenlernen oder wiedersehen?</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>A server on another computer is reached only over TLS. Turn TLS on at the server (or ask whoever runs it), then try again.</source>
            <translation>Ein Server auf einem anderen Computer wird nur über TLS erreicht. Schalte TLS am Server ein (oder frag, wer ihn betreibt) und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>An encrypted connection to the server could not be made</source>
            <translation>Eine verschlüsselte Verbindung zum Server kam nicht zustande</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Another program has been writing to your data for more than a few seconds. Close it (or wait) and try again. Meanwhile your data can be opened read-only.</source>
            <translation>Ein anderes Programm schreibt seit mehr als ein paar Sekunden in deine Daten. Schließ es (oder warte) und versuch es erneut. Bis dahin lassen sich deine Daten schreibgeschützt öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Another program is using your data</source>
            <translation>Ein anderes Programm benutzt deine Daten</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Capture mode still works: what you capture is kept on this computer and sent when the server is back. Check the network and the server's address, then try again.</source>
            <translation>Der Notizmodus funktioniert weiter: Was du notierst, wird auf diesem Computer behalten und gesendet, sobald der Server wieder da ist. Prüf das Netzwerk und die Adresse des Servers und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Create it (createdb -E UTF8 NAME) or check the name, then try again.</source>
            <translation>Leg sie an (createdb -E UTF8 NAME) oder prüf den Namen und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Create it with createdb -E UTF8 -T template0, then try again.</source>
            <translation>Leg sie mit createdb -E UTF8 -T template0 an und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Enter your passphrase to open it. If you have forgotten it, the recovery key you wrote down when you turned encryption on opens it too.</source>
            <translation>Gib deine Passphrase ein, um sie zu öffnen. Falls du sie vergessen hast, öffnet sie auch der Notfallschlüssel, den du beim Einschalten der Verschlüsselung aufgeschrieben hast.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>EventMate found damage in the file that holds your data, so it has not opened it and has not changed it. The newest backup that checks out can take its place (the damaged file is kept aside, not deleted), and whatever can still be read can be saved as an archive.</source>
            <translation>EventMate hat in der Datei mit deinen Daten einen Schaden gefunden; deshalb hat es sie weder geöffnet noch geändert. Die neueste einwandfreie Sicherung kann an ihre Stelle treten (die beschädigte Datei wird beiseitegelegt, nicht gelöscht), und was noch lesbar ist, lässt sich als Archiv speichern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>EventMate needs PostgreSQL 13 or newer. Nothing was changed on the server.</source>
            <translation>EventMate braucht PostgreSQL 13 oder neuer. Auf dem Server wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>It should look like postgresql+psycopg://user@host/database. Check EVENTMATE_DATABASE_URL, then try again.</source>
            <translation>Sie sollte so aussehen: postgresql+psycopg://user@host/database. Prüf EVENTMATE_DATABASE_URL und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved yet: another program is busy with your data. Try again in a moment.</source>
            <translation>Noch nicht gespeichert: Ein anderes Programm arbeitet gerade mit deinen Daten. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved. Try again in a moment.</source>
            <translation>Nicht gespeichert. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved: the database is damaged. Help ▸ Check database… can repair search; restoring the newest backup repairs the rest.</source>
            <translation>Nicht gespeichert: Die Datenbank ist beschädigt. Hilfe ▸ Datenbank prüfen… kann die Suche reparieren; die neueste Sicherung wiederherzustellen repariert den Rest.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved: the disk is full. Nothing saved before is lost; free some space and try again.</source>
            <translation>Nicht gespeichert: Das Laufwerk ist voll. Nichts bisher Gespeichertes geht verloren; schaff etwas Platz und versuch es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved: there is a folder where your data file should be.</source>
            <translation>Nicht gespeichert: Wo deine Datendatei sein sollte, liegt ein Ordner.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Not saved: your data is open read-only here. Look, search and export work.</source>
            <translation>Nicht gespeichert: Deine Daten sind hier schreibgeschützt geöffnet. Ansehen, Suchen und Exportieren gehen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Nothing was changed on the server. Check the password kept in the system keyring (or in EVENTMATE_DATABASE_URL), then try again.</source>
            <translation>Auf dem Server wurde nichts geändert. Prüf das Passwort im Schlüsselbund des Systems (oder in EVENTMATE_DATABASE_URL) und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Offline: the database server cannot be reached</source>
            <translation>Offline: Der Datenbankserver ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>That passphrase does not open your data</source>
            <translation>Diese Passphrase öffnet deine Daten nicht</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The database address is not valid</source>
            <translation>Die Datenbankadresse ist ungültig</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The database server has no database of that name</source>
            <translation>Auf dem Datenbankserver gibt es keine Datenbank dieses Namens</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The database server is too old</source>
            <translation>Der Datenbankserver ist zu alt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The database server refused the user name or password</source>
            <translation>Der Datenbankserver hat Benutzername oder Passwort abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The disk is full</source>
            <translation>Das Laufwerk ist voll</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The file where EventMate keeps your data was written by another program. EventMate has not changed it. Restoring a backup puts your data back and keeps the other file aside.</source>
            <translation>Die Datei, in der EventMate deine Daten ablegt, wurde von einem anderen Programm geschrieben. EventMate hat sie nicht geändert. Eine wiederhergestellte Sicherung bringt deine Daten zurück und legt die andere Datei beiseite.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>The server's database does not use UTF-8</source>
            <translation>Die Datenbank auf dem Server verwendet kein UTF-8</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>There is a folder where your data should be</source>
            <translation>Wo deine Daten sein sollten, ist ein Ordner</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>There is no room left on the disk to open your data for writing. Nothing was changed and nothing is lost. Free some space and try again; meanwhile your data can be opened read-only.</source>
            <translation>Auf dem Laufwerk ist kein Platz mehr, um deine Daten zum Schreiben zu öffnen. Nichts wurde geändert, nichts ging verloren. Schaff etwas Platz und versuch es erneut; bis dahin lassen sich deine Daten schreibgeschützt öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>This file belongs to another program</source>
            <translation>Diese Datei gehört zu einem anderen Programm</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>This installation of EventMate has no encryption library (SQLCipher). Your data is not damaged and nothing was changed. Install EventMate with encryption, then try again.</source>
            <translation>Diese Installation von EventMate hat keine Verschlüsselungsbibliothek (SQLCipher). Deine Daten sind nicht beschädigt, und nichts wurde geändert. Installiere EventMate mit Verschlüsselung und versuch es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>This version of EventMate does not know the newer layout of your data, so it has not opened it and has not changed it. Please update EventMate. Meanwhile, what can be read can be saved as an archive.</source>
            <translation>Diese Version von EventMate kennt den neueren Aufbau deiner Daten nicht; deshalb hat sie sie weder geöffnet noch geändert. Bitte aktualisiere EventMate. Bis dahin lässt sich Lesbares als Archiv speichern.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Updating your data for this version of EventMate did not work. Nothing was changed, and a backup was taken first. Try again, or restore a backup.</source>
            <translation>Das Aktualisieren deiner Daten für diese Version von EventMate hat nicht geklappt. Nichts wurde geändert, und vorher wurde gesichert. Versuch es erneut oder stell eine Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Where EventMate keeps its data file there is a folder (or something else that is not a file). Nothing was changed. Move it away and try again, or restore the newest backup in its place.</source>
            <translation>Wo EventMate seine Datendatei ablegt, liegt ein Ordner (oder etwas anderes, das keine Datei ist). Nichts wurde geändert. Verschieb ihn und versuch es erneut, oder stell an seiner Stelle die neueste Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data could not be updated</source>
            <translation>Deine Daten ließen sich nicht aktualisieren</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data file is damaged</source>
            <translation>Deine Datendatei ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data is encrypted</source>
            <translation>Deine Daten sind verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data is encrypted, and this EventMate cannot open it</source>
            <translation>Deine Daten sind verschlüsselt, und dieses EventMate kann sie nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data is not damaged and nothing was changed. Check the passphrase (capital letters, the keyboard layout) and enter it again, or enter your recovery key.</source>
            <translation>Deine Daten sind nicht beschädigt, und nichts wurde geändert. Prüf die Passphrase (Großbuchstaben, Tastaturbelegung) und gib sie erneut ein, oder gib deinen Notfallschlüssel ein.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data is not damaged, but it is on a disk or in a folder where EventMate cannot save changes. Open it read-only to look, search and export; to make changes, make the folder writable and try again.</source>
            <translation>Deine Daten sind nicht beschädigt, aber sie liegen auf einem Laufwerk oder in einem Ordner, in dem EventMate keine Änderungen speichern kann. Öffne sie schreibgeschützt, um sie anzusehen, zu durchsuchen und zu exportieren; für Änderungen mach den Ordner beschreibbar und versuch es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data is read-only here</source>
            <translation>Deine Daten sind hier schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/recovery/words.py" />
            <source>Your data was saved by a newer EventMate</source>
            <translation>Deine Daten stammen von einem neueren EventMate</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Attending</source>
            <translation>Zu Gast</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Donor host</source>
            <translation>Gastgeber (Förderer)</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Hosting</source>
            <translation>Gastgeber</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Performing</source>
            <translation>Auftritt</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>Volunteering</source>
            <translation>Ehrenamtlich</translation>
        </message>
        <message>
            <location filename="../../src/eventmate/gui/events/event_dialog.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
</TS>
