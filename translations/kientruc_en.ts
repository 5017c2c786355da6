<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kt</name>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::AddBaselineDialog</name>
    <message>
        <source>Add Baseline to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline names a state of the model for everyone using the repository; it is never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Version 2.0 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s last commit (now commit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ArchiCsvReader</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first row must be the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields; %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ArchiMate element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is a relationship of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element “%1” is of type %2 in the model, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ArchiMate relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is an element of the set or the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” is of type %2 in the model, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property “%1” belongs to “%2”, which is neither in the set nor in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model has no framework to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is neither an element nor an earlier relationship of the set or the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ArchiCsvWriter</name>
    <message>
        <source>the model has no framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV set %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ArchimatePackage</name>
    <message>
        <source>%1 is not a readable zip file (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip file without model.xml: it is not a zipped Archi model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model.xml cannot be unpacked (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model.xml cannot be unpacked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model.xml unpacks to more than %2 MB, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model.xml is damaged (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ArchimateReader</name>
    <message>
        <source>the object “%1” is nested more than %2 levels deep (in the view “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object “%1” of the unknown type %2 is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: further findings left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not imported: the model has no place for images.</source>
        <translation>
            <numerusform>%n image not imported: the model has no place for images.</numerusform>
            <numerusform>%n images not imported: the model has no place for images.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which is not accepted for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Archi model: its root element is “%2” of namespace “%3”, not “model” of namespace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of “%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinate %1=&quot;%2&quot; of “%3” is not a number from -%4 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property of “%1” has no name: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders are nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 view “%2” is not imported: only ArchiMate views are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of the unknown type %2 is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” joins the relationship “%2”; relationships on relationships are not supported: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is not an imported element: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram object “%1” in the view “%2” shows “%3”, which is not an imported element: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view reference “%1” in the view “%2” shows no imported view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” ends on the connection “%3”, which is not supported: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” ends on “%3”, which is not in the view: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” in the view “%2” shows “%3”, which is not an imported relationship: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: an XML tag has more than %3 attributes, which no tag of an Archi model has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zipped Archi model, which this program cannot unpack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Arrangement</name>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make same width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make same height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make same size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::BandHeadings</name>
    <message>
        <source>Number Band Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain Band Headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::BaselineCodec</name>
    <message>
        <source>the data is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text alignment is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference leads nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to &quot;%1&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is not compressed data of a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is not a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is of form %1, which this program does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of the view &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of the node &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data goes on after the model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::BaselineStore</name>
    <message>
        <source>%1 is not a .ktm model file: baselines are kept only in .ktm files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no baseline “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a baseline to %1: give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the baseline “%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a baseline of that name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 is kept in a form this program does not read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” of %2 cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the baseline “%1” from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::BaselinesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extract as New Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named snapshots of the model kept in its file, to compare the model with later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model as a .ktm file first: baselines are kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline is kept in the model&apos;s .ktm file. Save the model first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Version 1.0, as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the baseline “%1” from %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::CompareActions</name>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the model with a baseline of its file or with another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named snapshots of the model kept in its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark what changed on the diagram: added green, removed as red ghosts, changed amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old and the new version of the view side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Elements: %1 added, %2 removed, %3 renamed, %4 changed; %n relationship change(s)</source>
        <translation>
            <numerusform>Elements: %1 added, %2 removed, %3 renamed, %4 changed; %n relationship change</numerusform>
            <numerusform>Elements: %1 added, %2 removed, %3 renamed, %4 changed; %n relationship changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The two versions have no view in common.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::CompareDialog</name>
    <message>
        <source>A &amp;baseline of this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap: the open model is the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open model (the newer version) with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .ktm model or an ArchiMate exchange .xml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no baselines yet: Model ▸ Baselines… saves the model as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines are kept in a .ktm file: save the model as one to keep baselines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open model (the older version) with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.ktm *.xml);;Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ComparisonPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of change to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet.

Compare the open model with a baseline of its file or with another file: Model ▸ Compare… (%1), or Model ▸ Baselines….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 (the older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 (the newer version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 moved or resized, %5 connection(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ComponentDiagram</name>
    <message>
        <source>The framework has no component architecture “%1” (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the component architecture “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the component architecture “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ConflictDialog</name>
    <message>
        <source>(you changed it; they deleted it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you deleted it; they changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(both added it, differently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Conflicts: %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others changed these properties since you opened the model; nothing of these objects was committed, and your values are still in the model. Choose per row: keep yours, take theirs, or edit the value. The rest of your changes were committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later (keep mine in the model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ContextMenus</name>
    <message>
        <source>&amp;Show in Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DateField</name>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramActions</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: drag from one element to another (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create/Update &amp;Overall Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Column on the &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;istribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? The elements stay in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Relationships in Overall Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Title Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architecture created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architecture updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Co&amp;mponent Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umbered Band Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Relationships Among Selected &amp;Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Le&amp;gend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route Orthogonall&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straig&amp;ht Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;w in ArchiMate Notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this view with ArchiMate&apos;s shapes, icons and lines instead of the framework&apos;s look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramClipboard</name>
    <message>
        <source>The copied part of a diagram is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied part of a diagram is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: the framework %1 has no type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no part of a diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node “%1” has a font size or line width out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” has a font size or line width out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied part of a diagram cannot be pasted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramComposer</name>
    <message>
        <source>No view is open to put it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape is no longer on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point is too far from the origin of the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no element type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the dragged elements is in this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect two shapes of the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elements are connected by relationships; a group is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework allows no relationship between “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework does not allow “%1” from “%2” to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move would take a shape too far from the origin of the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected elements have no relationships that the view does not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legend or a title block is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship can end on a relationship, not on a plain line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiMate lets only an association end on a relationship (and an aggregation or composition from a grouping or plateau); the framework has none from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot end on a relationship; only an association can (and an aggregation or composition from a grouping or plateau).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramExporter</name>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected items is on the view “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramPainter</name>
    <message>
        <source>Security level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the states, security levels and lines this diagram uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1. Overall diagram of the e-Government architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1. Overall diagram of the e-Government architecture of %2 province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving decision No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving decision No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving decision of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramPrinter</name>
    <message>
        <source>The page has no room for the diagram: check the paper margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view would take %1 pages; choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected items is on the view “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 of %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DiagramScene</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an element or a note, then the one to connect it with (or drag from one to the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the other way round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now click the element or note to connect it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse: “%1” %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (repaired).ktm</source>
        <extracomment>The file name proposed for a repaired copy of NAME.ktm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>A model opened from a team repository: MODEL @ REPOSITORY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not undone or redone: %2 changed %3 since, and that newer change stays. The step left the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node of “%1” in the view “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kien Truc Studio did not close normally. Unsaved changes to “%1” were kept. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kien Truc models (*.ktm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework the architecture follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram (framework %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Archi CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi CSV elements file (*elements.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kien Truc models (*.ktm);;ArchiMate Open Exchange (*.xml);;Archi models (*.archimate);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The damage is local: a repaired copy can be opened. The file stays as it is; the copy is saved only where you choose. The repair leaves out or changes %n thing(s):</source>
        <translation>
            <numerusform>The damage is local: a repaired copy can be opened. The file stays as it is; the copy is saved only where you choose. The repair leaves out or changes %n thing:</numerusform>
            <numerusform>The damage is local: a repaired copy can be opened. The file stays as it is; the copy is saved only where you choose. The repair leaves out or changes %n things:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Repaired Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repaired copy of %1 is open; it is in no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes not committed to the repository %2. Close it and discard them? (Cancel, then File ▸ Commit… sends them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the model is open; %n thing(s) in the file could not be imported (listed in the Validation panel).</source>
        <translation>
            <numerusform>%1: the model is open; %n thing in the file could not be imported (listed in the Validation panel).</numerusform>
            <numerusform>%1: the model is open; %n things in the file could not be imported (listed in the Validation panel).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>A restored autosave copy of a repository model: MODEL @ REPOSITORY</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DocxBody</name>
    <message>
        <source>Cannot write the document text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::DocxReportWriter</name>
    <message>
        <source>Cannot write the DOCX report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Edit</name>
    <message>
        <source>There is no view with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has no node with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s size or position is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot be put inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of %1 characters is too long (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no element with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no element type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element with id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s) from the model</source>
        <translation>
            <numerusform>Delete %n element from the model</numerusform>
            <numerusform>Delete %n elements from the model</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation is too long (%1 characters; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change property “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework and the id of a model cannot be changed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no relationship type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship %1 names the element %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship with id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relationship(s) from the model</source>
        <translation>
            <numerusform>Delete %n relationship from the model</numerusform>
            <numerusform>Delete %n relationships from the model</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no relationship with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create/refresh the overall diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has two nodes with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 shows the element %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has two connections with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s nodes do not show the ends of its relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no object with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view with id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change view setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has a node with id %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s) from the view</source>
        <translation>
            <numerusform>Delete %n node from the view</numerusform>
            <numerusform>Delete %n nodes from the view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>The move takes a node out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has a connection with id %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s) from the view</source>
        <translation>
            <numerusform>Delete %n connection from the view</numerusform>
            <numerusform>Delete %n connections from the view</numerusform>
        </translation>
    </message>
    <message>
        <source>The view has no connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change connection route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font size or line width is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documentation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) and relationship(s)</source>
        <translation>
            <numerusform>Import %n element and relationship</numerusform>
            <numerusform>Import %n elements and relationships</numerusform>
        </translation>
    </message>
    <message>
        <source>The element id “%1” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no element type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship id “%1” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no relationship type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship %1 joins %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bend point of the connection is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship %1 names the relationship %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete from View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected elements also appear in other views (%n place(s)). Delete them from the model and every view?</source>
        <translation>
            <numerusform>The selected elements also appear in other views (%n place). Delete them from the model and every view?</numerusform>
            <numerusform>The selected elements also appear in other views (%n places). Delete them from the model and every view?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ElementEditor</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ExchangeReader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (DTD), which is not accepted for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ArchiMate exchange file: its root element is “%2” of namespace “%3”, not “model” of namespace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinate %1=&quot;%2&quot; of “%3” is not a number from -%4 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of “%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documentation of “%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of “%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node “%1” is nested more than %2 levels deep (in the view “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: an XML tag has more than %3 attributes, which no tag of an exchange file has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ArchiMate 2.x exchange file (namespace “%2”); the 2.x format is not supported. Archi and other tools export ArchiMate 3.1 exchange files, which are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: and %n more thing(s) left out.</source>
        <translation>
            <numerusform>%1: and %n more thing left out.</numerusform>
            <numerusform>%1: and %n more things left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>a folder (organization) holds “%1”, which is not an element, relationship or view of the file; it is left out of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property of “%1” refers to the property definition “%2”, which the file does not define; the property is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework %1 has no element type for “%2” of type %3; the element is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element “%1” is of the type “%2”, which is no ArchiMate 3.1 element type; it is kept as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” joins “%2”, which is not an element or relationship of the file; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” joins the element “%2”, which is left out; it is left out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework %1 has no relationship type for “%2” of type %3; the relationship is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” is of the type “%2”, which is no ArchiMate 3.1 relationship type; it is kept as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” ends on relationships that end on it again (a circle); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1” ends on the relationship “%2”, which is left out; it is left out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows the element “%1”, which is not in the file or is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2” is left out: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2” links to the view “%3”, which is not in the file; the link is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” of the view “%2” is left out: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows the relationship “%1”, which is not in the file or is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins “%1”, which is not a node or connection of the view, or is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends on connections that end on it again (a circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends on the connection “%1”, which is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property of “%1” names no property definition; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folders (organizations) are nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is of the kind “%1”, which is no kind of node of the exchange format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows no element (it has no elementRef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows no relationship (it has no relationshipRef)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ExchangeWriter</name>
    <message>
        <source>the node “%1” of view “%2” is nested in “%3”, which is not a node of that view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes of view “%1” are nested in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no framework profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the exchange file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model cannot be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ExportActions</name>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced. Go on?</source>
        <translation>
            <numerusform>%n file in %1 will be replaced. Go on?</numerusform>
            <numerusform>%n files in %1 will be replaced. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1.</source>
        <translation>
            <numerusform>Exported %n view to %1.</numerusform>
            <numerusform>Exported %n views to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the view “%1” as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the selection as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Ima&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ExportDialog</name>
    <message>
        <source>Only the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG: vector image for web pages and editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: picture for documents and slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: vector document for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All views, one file each, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page fitted to the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Views To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ExtraPropertiesTable</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinh Phuc, architecture version 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinh Phuc, architecture version 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Archi CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::FileChecks</name>
    <message>
        <source>%1 is not a regular file (it may be a pipe or a device); give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is exceeded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (it may be a pipe or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in the folder %1 (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::FindingModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The kind of a finding: something the opened file held that was left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::FrameworkUpgrade</name>
    <message>
        <source>No framework to upgrade to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” has no mapping from “%2”, the framework of the model: the model cannot be upgraded to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” has no generic element type for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no counterpart in %2; the element became “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a type of %2; the element became “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no counterpart in %2; the relationship became “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a relationship type of %2; the relationship became “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow “%2” from “%3” to “%4”; the relationship became “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” has no generic relationship type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;First Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your first diagram&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Start a model.&lt;/b&gt; File ▸ New Model (%1) opens an empty overall diagram of the framework, ready to draw on. To look around first, open File ▸ Examples ▸ Vinh Phuc.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Place elements.&lt;/b&gt; In the Palette panel, drag an element type onto the canvas, or click the type and then click the canvas. Each type belongs to a layer of the framework.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Name them.&lt;/b&gt; Type the name at once, or select an element and press F2. The Properties panel holds its owner agency, security level, lifecycle status and the other properties of its type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect them.&lt;/b&gt; Press C (Diagram ▸ Connect) and drag from one element to another: only the relationships the framework allows between the two are offered. Press S to select again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Arrange.&lt;/b&gt; Right-click the selection for align, distribute and same size; Diagram ▸ Create/Update Overall Diagram (%2) lays every element out in its layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The Validation panel lists what the framework&apos;s rules find; double-click a line to go to the element.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and share.&lt;/b&gt; File ▸ Save (%3) writes a .ktm file; File ▸ Export Diagram (%4) writes SVG, PNG or PDF; File ▸ Print prints it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every change can be undone (%5) and redone (%6). Help ▸ Keyboard Shortcuts lists all the keys.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your First Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the canvas also: arrow keys move the selection (with Shift, by one point); Space and drag, or the middle mouse button, pans; Ctrl and the wheel zooms; Escape goes back to selecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An editor for provincial e-Government architectures that follow the Vietnam e-Government Architecture Framework: the overall diagram, component architectures, validation, export and printing.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;&lt;p&gt;Licence: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::HistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit changed %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed %1, oldest first.</source>
        <translation>
            <numerusform>%n commit changed %1, oldest first.</numerusform>
            <numerusform>%n commits changed %1, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit</source>
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
        <source>Message / change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::HtmlReportWriter</name>
    <message>
        <source>Cannot write the HTML report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; is not valid SVG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::InventoryCsv</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the inventory into %1: the model has no framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the inventory into %1: the folder cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::KtmReader</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, which the file does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no model information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision date &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view has the unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node has the unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node lies in a group of another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection joins a node of another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite finds it corrupt: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of “%2” holds NULL, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of “%2” holds “%3”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection joins a connection of another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 that belongs to %2, which the file does not hold, is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element “%1” (row %2) is left out: an earlier row has its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship “%1” is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier row has its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element it joins is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship it ends on is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “%1” (row %2) is left out with its nodes and connections: an earlier row has its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1” is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes.view refers to %1, which the file does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element it shows is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes.element refers to %1, which the file does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows no element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1”: a coordinate or size that was not a number from -%2 to %2 is now at (%3, %4), %5 × %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1” no longer links to a view: the view it linked to is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1”: a font size or line width that was not a number within the limits is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1” is now at the top of its view: the group it lay in is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node “%1” is now at the top of its view: the group it lay in is not in that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship it shows is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node it joins is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins a node of another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1”: a font size or line width that was not a number within the limits is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it joins a connection of another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection it joins is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bendpoint of %1, which the file does not hold, is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1”: a bendpoint that was not a point within the limits is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::KtmSchema</name>
    <message>
        <source>there is no migration from file format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::KtmStore</name>
    <message>
        <source>Could not save the model: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of the table %1 refers to a row of the table %2 that is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the model names no framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a model: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 beside it holds a change that a program left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a %2 model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of %2 (file format %3; this program reads up to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its file format number (%2) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 model (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (truncated): it is %2 bytes long but should be %3 bytes. It may have been copied or downloaded only in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives the invalid page size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded from file format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot give the new file the permissions of the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write it to the disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the baselines of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the file is read-only (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: cannot create a file in the folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: it is being saved by another process. Try again when that save has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the disk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs no repair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::KtmWriter</name>
    <message>
        <source>the relationship &quot;%1&quot; joins the element &quot;%2&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; shows the element &quot;%3&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; lies in the group &quot;%3&quot;, which the view does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; of the view &quot;%2&quot; links to the view &quot;%3&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; shows the relationship &quot;%3&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; joins the node &quot;%3&quot;, which the view does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; has two ends at one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; joins the relationship &quot;%2&quot;, which the model does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; has two ends at one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; of the view &quot;%2&quot; joins the connection &quot;%3&quot;, which the view does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::MainWindow</name>
    <message>
        <source>&lt;original&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is in no view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No diagram is open.

Double-click a view in the Model panel to open it, or create one with Diagram ▸ New View… or Diagram ▸ Create/Update Overall Diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open.

Start a new one with File ▸ New Model (%1), open a file with File ▸ Open… (%2), or look at an example under File ▸ Examples. Help ▸ Your First Diagram shows the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(illustrative example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelActions</name>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade to Framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a model of the newer framework from this one, keeping its ids, and list what could not be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade to Framework %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every element and relationship of “%1” was mapped to %2. The upgraded model is open as a new, unsaved document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The upgraded model of “%1” is open as a new, unsaved document. %n element(s) or relationship(s) could not be mapped to %2: they became generic types.</source>
        <translation>
            <numerusform>The upgraded model of “%1” is open as a new, unsaved document. %n element or relationship could not be mapped to %2: they became generic types.</numerusform>
            <numerusform>The upgraded model of “%1” is open as a new, unsaved document. %n elements or relationships could not be mapped to %2: they became generic types.</numerusform>
        </translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelCheck</name>
    <message>
        <source>%1 has the font size %2 or line width %3, which is not a number from 0 to %4 or %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 of view %2 is nested in itself: its groups make a circle (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier %1 of %2 is not an XML name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier %1 of %2 is empty or holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship %1 joins %2, which is not an element of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 of view %2 shows no element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 of view %2 shows element %3, which is not in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 of view %2 links to view %3, which is not in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 of view %2 lies in %3, which is not a node of that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 of view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2 shows relationship %3, which is not in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2 joins %3, which is not a node of that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship %1 has two %2: %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship %1 joins %2, which is not an element or relationship of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship %1 ends on itself: its ends make a circle (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2 has two %3: %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2 joins %3, which is not a node or connection of that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection %1 of view %2 ends on itself: its ends make a circle (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelDeletion</name>
    <message>
        <source>Nothing selected is in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelFile</name>
    <message>
        <source>%1: unknown file type; use .ktm (model), .xml (Open Exchange), PREFIXelements.csv (Archi CSV) or, to read, .archimate (Archi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Archi&apos;s .archimate files are read, not written; save as .ktm or as .xml (Open Exchange), which Archi opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelInfoEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An illustrative example bundled with the program: its agencies, systems and figures are samples, not an approved architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelLimits</name>
    <message>
        <source>the id of %1 is longer than %2 characters (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documentation of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a coordinate or size that is not a number from -%2 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node “%1” of the view “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection “%1” of the view “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelTreeModel</name>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ModelTreePanel</name>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears in diagrams. Deleting it from the model also removes it from every diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected elements appear in diagrams. Deleting them from the model also removes them from every diagram.</source>
        <translation>
            <numerusform>%n of the selected elements appears in diagrams. Deleting it from the model also removes it from every diagram.</numerusform>
            <numerusform>%n of the selected elements appear in diagrams. Deleting them from the model also removes them from every diagram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folders of models from other tools as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder in the current one, holding the selected objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder; what it holds moves to the folder around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (folders inside folders are separated by “/”; empty: no folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the folder for the selected objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::MoveFolder</name>
    <message>
        <source>Rename folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::MoveToFolder</name>
    <message>
        <source>Take out of folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no object with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ObjectEditor</name>
    <message>
        <source>%1 *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::OdtBody</name>
    <message>
        <source>Cannot write the document text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::OdtReportWriter</name>
    <message>
        <source>Cannot write the ODT report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::OrthogonalRouter</name>
    <message>
        <source>Route connections orthogonally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::OverallDiagram</name>
    <message>
        <source>Overall diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::OverallLayout</name>
    <message>
        <source>Overall diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PaletteModel</name>
    <message>
        <source>ArchiMate type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame that holds shapes: they move with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text on the diagram, attached to shapes by plain lines (Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the lifecycle states, security levels and lines that the diagram shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name, version, approving decision and the figure&apos;s caption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PalettePanel</name>
    <message>
        <source>Find a type (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PasswordDialog</name>
    <message>
        <source>Repository Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the repository %1 asks for a password:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program never writes the password in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PastStatesDialog</name>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past States of “%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commits (the newest last):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base&amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the model as it was then in a window of its own; it cannot be changed, Save As keeps a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the open model with the model as it was then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the commits and baselines of “%1” from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit the open model is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s), </source>
        <translation>
            <numerusform>%n commit, </numerusform>
            <numerusform>%n commits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s).</source>
        <translation>
            <numerusform>%n baseline.</numerusform>
            <numerusform>%n baselines.</numerusform>
        </translation>
    </message>
    <message>
        <source>commit %1</source>
        <extracomment>A past state of a repository model, for titles: &quot;baseline “v1” (commit 4)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline “%1” (commit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” as of %2 from %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming the baseline “%1” of “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” names commit %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PdfExporter</name>
    <message>
        <source>Cannot start the PDF output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PdfReportWriter</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PngExporter</name>
    <message>
        <source>The image would be %1 × %2 pixels, too large; choose a smaller scale or DPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PrintOptionsDialog</name>
    <message>
        <source>&amp;Fit to one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tile across pages at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Product</name>
    <message>
        <source>proprietary; all rights reserved by its authors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Profile</name>
    <message>
        <source>“%1” is not a property of framework %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of type “%1” have no property “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written as yyyy-mm-dd, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one or more of %2, each once, separated by commas, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ProfileLoader</name>
    <message>
        <source>Framework profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a text “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs “%2” in Vietnamese (vi) and English (en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 id “%2” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework profile %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework profile %1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: min is greater than max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an enumeration without values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown property “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commonProperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the colour must be written #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares no layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown layer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown band “%2” of layer “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires the property “%2” that it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” names both an element type and a relationship type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown element type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an end with neither layers nor types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown relationship type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of ArchiMate type “%1” names the unknown element type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of ArchiMate relationship “%1” names the unknown relationship type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import fallback layer “%1” has no generic element type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no relationship type is marked generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“diagram”: “%1” must be [width, height], each from 10 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value id “%2” contains a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the generic type cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architecture “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown band “%2” (write “&lt;layer&gt;/&lt;band&gt;”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows nothing: give it layers, bands or element types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“abbreviations” must be a list of {&quot;abbreviation&quot;, &quot;expansion&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“upgrades” must be a list of {&quot;from&quot;, &quot;elementTypes&quot;, &quot;relationshipTypes&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade from “%1” maps the element type “%2” to the unknown element type “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade from “%1” maps the relationship type “%2” to the unknown relationship type “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ProfileRegistry</name>
    <message>
        <source>The framework “%1” is not known to this program (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PropertiesPanel</name>
    <message>
        <source>Select an element, a relationship or a view to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::PropertyValueEditor</name>
    <message>
        <source>The stored value “%1” is not valid for this property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RelationshipEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoActions</name>
    <message>
        <source>Open from Repositor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model of a team repository on PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this model in a team repository for others to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to the repository as one commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;m View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the others you are reorganising this view: until you release it, their changes to it are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: commit %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; commits will not arrive live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open from the repository; your changes stay local until you commit them (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to commit: the model is as the repository %1 holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Committed to %1 as commit %2: %n object(s) written, of them %3 merged with others&apos; changes.</source>
        <translation>
            <numerusform>Committed to %1 as commit %2: %n object written, of them %3 merged with others&apos; changes.</numerusform>
            <numerusform>Committed to %1 as commit %2: %n objects written, of them %3 merged with others&apos; changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed to %1 as commit %2: %n object(s) written.</source>
        <translation>
            <numerusform>Committed to %1 as commit %2: %n object written.</numerusform>
            <numerusform>Committed to %1 as commit %2: %n objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 arrived from the repository.</source>
        <translation>
            <numerusform>%n change by %1 arrived from the repository.</numerusform>
            <numerusform>%n changes by %1 arrived from the repository.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) changed %1 in %2.</source>
        <translation>
            <numerusform>%n commit changed %1 in %2.</numerusform>
            <numerusform>%n commits changed %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you changed (for the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): others changed the same properties since. Your other changes were committed.</source>
        <translation>
            <numerusform>%n conflict: others changed the same property since. Your other changes were committed.</numerusform>
            <numerusform>%n conflicts: others changed the same properties since. Your other changes were committed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Past States and Baselines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s commits and baselines: open one read-only, compare with it, or name a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (read-only)</source>
        <extracomment>A past state&apos;s window title: MODEL at commit 4 (read-only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at %2 is a past state of the repository&apos;s model: it cannot be changed. Save As keeps a copy of it as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at %2 opened read-only in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at %2</source>
        <extracomment>The other side of a comparison: MODEL at commit 4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tying the restored “%1” to %2 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored model is not tied to the repository again (it stays a model of its own; Save As keeps it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored “%1” is tied to %2 again: its unsaved changes are local changes, to commit (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoAutosave</name>
    <message>
        <source>The autosaved copy says it came from a team repository, but where (repository “%1”, model “%2”, commit “%3”) cannot be read: it is restored as a model of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2”: the autosaved copy&apos;s base of the %3 %4 cannot be put back: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoCredentials</name>
    <message>
        <source>The password for %1 was not remembered: the system keyring refused it (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no system keyring support. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect without typing it, put the password in the PostgreSQL password file ~/.pgpass (a line host:port:database:user:password, the file readable only by you), which the PostgreSQL client reads itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoLink</name>
    <message>
        <source>The view “%1” is claimed by %2, who is reorganising it: your change was not made. Ask them to release it (View ▸ Release Claim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2”: the conflicts cannot be settled so: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in its collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoMerge</name>
    <message>
        <source>The model “%1” cannot take the repository&apos;s changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoObjects</name>
    <message>
        <source>The repository&apos;s %1 %2 cannot be read (a field of it is not valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository holds no model information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoUrl</name>
    <message>
        <source>“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter “%1” of the URI %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI %1 names no database (postgresql://user@host/database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepoWatcher</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listening to the commits failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportActions</name>
    <message>
        <source>Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The architecture document, the approving decision or the inventory: preview, export and print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportBuilder</name>
    <message>
        <source>(Issued with Decision No. %1 %2 of the People&apos;s Committee of %3 Province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current information systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province operates %1 information systems (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no overall diagram yet (Diagram ▸ Overall diagram makes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall diagram (%1) shows the components of the architecture and how they are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no view of this component yet (Diagram ▸ Component architecture makes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security levels of the information systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections through the platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no connection through a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period not yet set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated budget (million VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated budget of the period: %1 million VND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element of the model is to be built or upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory of the elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of unknown types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation finds no problem in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision approving the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuant to the Law on the Organisation of Local Government of 19 June 2015;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuant to %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the proposal of the Director of the Department of Information and Communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To approve the %1 (in the document issued with this Decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department of Information and Communications shall lead and guide the departments, agencies and the People&apos;s Committees of the districts and cities in implementing the Architecture, keep it up to date, and make it the basis of the plans and investments in information technology of the agencies of the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Decision takes effect from the date of its signing. The Chief of the Office of the Provincial People&apos;s Committee, the Directors of the provincial departments and agencies, the Chairs of the People&apos;s Committees of the districts and cities and the organisations and individuals concerned shall implement this Decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information systems of %1 Province and their security levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The architecture of the province has %1 information systems; %2 of them have a security level determined under Decree 85/2016/ND-CP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems without a security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems of security level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information systems without a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information systems of level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision and principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and interoperability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socialist Republic of Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in Article 3;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry of Information and Communications (for report);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing Board of the Provincial Party Committee (for report);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair and Vice Chairs of the Provincial People&apos;s Committee;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: clerical office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Government Architecture of %1 Province, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[To be written by the architect: %1.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, date %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Committee of %1 Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BC-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QD-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of the People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business functions by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and the sharing of their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-Government architecture of %1 Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1, version %2 and version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 and version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report compares version %1 (%2) with version %3 (%4) of %5. From one version to the other, %6 elements were added, %7 removed, %8 renamed, %9 given another type, %10 moved to another component and %11 changed in their properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 follows the %2 and version %3 the %4; the types of the %5 are compared through their counterparts in the %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the elements by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships: %1 added, %2 removed, %3 changed. Diagrams: %4 added, %5 removed, %6 renamed, %7 with changed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither version has an overall diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures below show the overall diagram of each version, then the changes marked on the diagram of version %1: elements added since version %2 are outlined in green with a solid line, changed ones in amber with a dotted line, renamed ones carry their former name, and what version %2 had and version %1 no longer has is drawn in red, dashed, where it stood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no overall diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from version %1 on the overall diagram of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements given another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements moved to another component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships added, removed and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes: %1 added, %2 removed, %3 moved or resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines: %1 added, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams added, removed and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dash under “Through platform” marks a row whose source or target is the platform itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The column %1 of the table above is empty in every row: fill it in in the model, or the final document leaves it out.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The columns %1 of the table above are empty in every row: fill them in in the model, or the final document leaves them out.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Full name of the signer]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportDialog</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report options could not be stored in the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: a report is written as .pdf, .docx, .odt or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not printed: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lay out the report.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportExportJob</name>
    <message>
        <source>A report is written as .pdf, .docx, .odt or .html.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportFigureRenderer</name>
    <message>
        <source>The figure &quot;%1&quot; shows a view that is not in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot; shows an empty view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportOptions</name>
    <message>
        <source>“%1” must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number of millimetres from %2 to %3 (Decree 30/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be architecture, decision or inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date written YYYY-MM-DD, “today” or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: there is no chapter “%2” (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be A4 or A3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be 13 or 14 (points, Decree 30/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a report option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report options are not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report options must be one JSON object of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportOptionsForm</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving decision (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory of information systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: reminders for empty sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: empty sections left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft or &amp;final:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank, to be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plac&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date printed in the header; “blank” leaves it to be filled in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report is made. Otherwise the same model and options always give the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;uty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top mar&amp;gin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the report prints “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree 30/2020: from %1 to %2 mm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportPreview</name>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportTextPanel</name>
    <message>
        <source>The texts of the architecture document that the model does not hold. Separate paragraphs by an empty line; a line starting with “- ” is an item of a list. An empty section prints a reminder in a draft and is left out of the final text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ReportZip</name>
    <message>
        <source>cannot start the package (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the package (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the package (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the package (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Repository</name>
    <message>
        <source>writing the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2”: nothing was committed: the %3 %4 would refer to %5, which the repository no longer holds (deleted by this commit or by another). Check the model out again and redo the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing to the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver (QPSQL, the Debian package libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused %2: %3 may not do this in the repository (its role is not enough: an administrator grants kt_reader to those who read the models, kt_editor to those who change them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the repository&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Kiến Trúc repository: create it with `kientruc repo init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 is of version %2, newer than this program knows (%3): update Kiến Trúc Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 is of the older version %2: an administrator upgrades it with `kientruc repo init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the roles and their rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 holds no model “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a model needs a name to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 already holds a model “%2”: check it out and commit changes, or publish under another name with --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the repository holds nodes or connections of a view it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming the baseline “%1” of the model “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a baseline of the model “%2” needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model “%2” has a baseline “%3” already (commit %4): a baseline is not moved; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the baselines of the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model “%2” has no baseline “%3” (`kientruc repo baseline URL MODEL list` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claiming the view %1 of the model “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model “%2” holds no view %3 to claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the view %2 of the model “%3” is claimed by %4 since %5: it can be changed once they release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing the view %1 of the model “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the view %2 of the model “%3” is claimed by %4: only they or an administrator (kt_admin) may release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the claims of the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the model&apos;s objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2”: the commit %3 was written, but the model could not be brought up to it: %4 Check the model out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of the model “%1” are older (commit %2) than the model they are applied to (commit %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes of the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: the model is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of the %1 %2 of the model “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the model “%1” as of commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history of the model “%2” cannot be read (its %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model “%2” cannot be shown as of commit %3: the history written before the repository&apos;s upgrade to version 2 does not say which view the %4 %5 was on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, model “%2” as of commit %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the URL requires an encrypted connection (sslmode=%2) and the server refused it or does not offer it (%3). The server&apos;s administrator turns TLS on (ssl = on in postgresql.conf, with its certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 holds no commit %2 of the model “%3” (`kientruc repo log` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the repository from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the commits of the model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server needs a password for %2 and none was given (%3). Give it in the environment variable PGPASSWORD or in the PostgreSQL password file ~/.pgpass (host:port:database:user:password, readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server refused the password given for %2: it is wrong, or the role has none (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::RepositoryDialog</name>
    <message>
        <source>&amp;List Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL connection URI: postgresql://user@host:port/database, or postgresql://user@/database?host=/socket/folder for a local socket. Add ?sslmode=require to insist on TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models already there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this publication is (for the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository holds no model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in the repository.</source>
        <translation>
            <numerusform>%n model in the repository.</numerusform>
            <numerusform>%n models in the repository.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the model “%1” from the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the model as “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::SavedOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::SideBySideWindow</name>
    <message>
        <source>Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit both to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::SqliteConnection</name>
    <message>
        <source>The SQLite driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::StyleEditor</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to type style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::SvgExporter</name>
    <message>
        <source>Cannot start the SVG output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Text</name>
    <message>
        <source>is longer than %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a run of %1 combining marks on one letter (more than %2, which no real text has)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ValidationPanel</name>
    <message>
        <source>All problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import finding(s)</source>
        <translation>
            <numerusform>%n import finding</numerusform>
            <numerusform>%n import findings</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of the summary: &quot;3 errors, 12 warnings&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Import Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::Validator</name>
    <message>
        <source>“%1” has the type “%2”, which framework %3 does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information system “%1” has no security level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no value for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in no view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same name as another element of the layer “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship %1 joins an element that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship from “%1” to “%2” has the type “%3”, which framework %4 does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework %1 does not allow “%2” from “%3” to “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node of the view “%1” shows the element %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information system “%1” processes personal data but is at security level %2; such a system is at least at level 2 (Decree 85/2016/ND-CP, Art. 7–8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is linked directly to the national system “%2”; under the framework a provincial system connects to national systems through the LGSP and the NDXP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship %1 joins a relationship that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiMate 3.1 does not allow “%1” from “%2” to “%3”: only an association may end on a relationship, and an aggregation or composition from a grouping or plateau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::ViewEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::BaselineCommand</name>
    <message>
        <source>Keep the model of a .ktm file as a named baseline inside it, list its baselines, extract one as a model file, or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the new baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the baseline (default: the user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the baselines as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which file and what to do: add, list, extract or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with %2, not with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action “%1”: use add, list, extract or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the name of one baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further argument (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a .ktm model file: baselines are kept only in .ktm files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the baseline a name with --name N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the baseline&apos;s model with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the baseline “%1” to %2: %3 elements, %4 relationships, %5 views in %6 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no baselines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2; %3 elements, %4 relationships, %5 views; %6 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would replace the model of the file itself; write the baseline to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: the baseline “%2” of %3 (%4 elements, %5 relationships, %6 views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the baseline “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::CommandLine</name>
    <message>
        <source>Usage: kientruc [FILE]           open the editor
       kientruc COMMAND ARGS...  run a command without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 findings (validate) or differences (diff), 2 unusable input or usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::ConvertCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n element(s)</source>
        <translation>
            <numerusform>Wrote %1: %n element</numerusform>
            <numerusform>Wrote %1: %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s)</source>
        <translation>
            <numerusform>, %n relationship</numerusform>
            <numerusform>, %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s).</source>
        <translation>
            <numerusform>, %n view.</numerusform>
            <numerusform>, %n views.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a spreadsheet inventory instead: one CSV file per component architecture (ID, name, type, the framework&apos;s properties, documentation; UTF-8 with BOM) into the folder OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc convert: %1: use the extension .ktm or .xml, or a name ending in elements.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc convert: %1 is a file; --inventory writes into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n element(s).</source>
        <translation>
            <numerusform>Wrote %1: %n element.</numerusform>
            <numerusform>Wrote %1: %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no elements: no inventory written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert between .ktm, Open Exchange .xml and Archi CSV sets (PREFIXelements.csv, with PREFIXrelations.csv and PREFIXproperties.csv beside it), by the file names, or from Archi&apos;s .archimate; or write an inventory of the elements, one CSV per component architecture, into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc convert: %1: the input and the output are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the CSV format has no views: %n view(s) of %2 not written.</source>
        <translation>
            <numerusform>%1: the CSV format has no views: %n view of %2 not written.</numerusform>
            <numerusform>%1: the CSV format has no views: %n views of %2 not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kt::cli::DiffCommand</name>
    <message>
        <source>Compare two versions of a model (.ktm or .xml), or a .ktm with one of its baselines; exit code 1 when they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the model of NEW with its baseline NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comparison report to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s format: pdf, docx, odt or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 the models are the same, 1 they differ, 2 an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --baseline, give one .ktm file: its model is compared with the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the old and the new model: two files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is the format of the report: give --report OUT too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::DiffText</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retyped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes: %1 added, %2 removed, %3 moved or resized; connections: %4 added, %5 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: elements %1 added, %2 removed, %3 renamed, %4 retyped, %5 moved, %6 changed; relationships %7 added, %8 removed, %9 changed; views %10 added, %11 removed, %12 renamed, %13 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two models are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::ExportCommand</name>
    <message>
        <source>Export a diagram (or, with --all, every diagram into the folder OUT) as SVG, PNG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view “%1” in %2. Its views are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; --all writes into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (with --all: the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to export, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every view into the folder OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svg, png or pdf (else OUT&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch (96 is 100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, 1 being 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white or transparent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space around the diagram (1/96 inch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper size (A4, A3, ...) instead of a page fitted to the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper in landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --view or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which format with --format svg, png or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”: use svg, png or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 1 to 2400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a number above 0 and up to 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin needs a number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--background is white or transparent, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper “%1”: use A3, A4, A5, Letter or Legal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the diagram font %1 is not installed (Debian package fonts-noto-core); another font is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in .%2, but --format is %3: the file would hold another format than its name says. Change the extension or the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 views of %2 are named “%3”; give the id of one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework or archimate: draw in the framework&apos;s look or in ArchiMate&apos;s notation (else as each view says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notation is framework or archimate, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::InfoCommand</name>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by decision: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements: %1   Relationships: %2   Views: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements by component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary of a model (.ktm, Open Exchange .xml, Archi .archimate or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::LayoutCommand</name>
    <message>
        <source>Where to write the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay everything out afresh instead of keeping placed nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc layout: %1: use the extension .ktm or .xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: overall diagram “%2” with %n node(s).</source>
        <translation>
            <numerusform>Wrote %1: overall diagram “%2” with %n node.</numerusform>
            <numerusform>Wrote %1: overall diagram “%2” with %n nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections in the overall diagram: none, or all relationships among the shown elements (default: as the diagram has it, else none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc layout: --connections: “%1” is neither none nor all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the overall diagram, or with --component a component architecture (written to OUT, else back to FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the view of a component architecture of the framework instead (business, data, applications, technology, security in framework 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band headings: numbered in capitals as the framework documents write them, or plain (default: as the diagram has it, else numbered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc layout: --headings: “%1” is neither numbered nor plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc layout: --connections applies to the overall diagram only; a component architecture shows all relationships among its elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: component architecture “%2” with %n node(s).</source>
        <translation>
            <numerusform>Wrote %1: component architecture “%2” with %n node.</numerusform>
            <numerusform>Wrote %1: component architecture “%2” with %n nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kt::cli::NewCommand</name>
    <message>
        <source>Create an empty model (.ktm or .xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework the model follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc new: say which file to create with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc new: %1: use the extension .ktm or .xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kientruc new: %1 exists already; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (framework %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::Options</name>
    <message numerus="yes">
        <source>%1 needs %n file argument(s).</source>
        <translation>
            <numerusform>%1 needs %n file argument.</numerusform>
            <numerusform>%1 needs %n file arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::RepoCommand</name>
    <message>
        <source>The model&apos;s name in the repository (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message kept with the publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with %2, not with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the model a name with --model NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the model with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository in %1 is ready (version %2); its roles: kt_reader (read), kt_editor (change models), kt_admin (manage users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 to %2 as the model “%3”: %4 elements, %5 relationships, %6 views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>commit %1 by %2 at %3: %n change(s)</source>
        <translation>
            <numerusform>commit %1 by %2 at %3: %n change</numerusform>
            <numerusform>commit %1 by %2 at %3: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>No user of %1 holds a repository role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with a team repository on PostgreSQL (URL: postgresql://user@host:port/database, ?host=/socket/dir for a Unix socket; the password from PGPASSWORD or ~/.pgpass; ?sslmode=require to require TLS over TCP): create it, publish a model file to it, check a model out to a file (as it is, as of a commit or a baseline), show a model&apos;s or an object&apos;s history, name baselines shared by everyone, list the repository&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit of the model (its number in `repo log`): checkout writes the model as it was after it; baseline add names it (default: the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkout: write the model as of this baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline add: the baseline&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: only the changes of the object of this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: init, publish, checkout, log, baseline or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action “%1”: use init, publish, checkout, log, baseline or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a commit&apos;s number (see `repo log`), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --at or --baseline, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the baseline with --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with baseline list, not with baseline add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline takes add or list, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --at go with baseline add, not with baseline list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of its baseline “%1” (commit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of its last commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: the model “%2” of %3 %4 (%5 elements, %6 relationships, %7 views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model “%2” has no object %3 in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline “%1” of the model “%2” in %3 is commit %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “%1” of %2 has no baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::ReportCommand</name>
    <message>
        <source>Write the architecture document, the draft approving decision or the inventory of information systems as PDF, DOCX, ODT or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options start from those stored in the model (the editor&apos;s Report dialog stores them), then the JSON file of --options over them, then the flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture, decision or inventory (default: the model&apos;s stored choice, else architecture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, docx, odt or html (else OUT&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file of report options (see README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final text: empty sections left out, no draft placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report “%1”: use architecture, decision or inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language “%1”: use vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the options file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the options file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::UpgradeCommand</name>
    <message>
        <source>Make a model of a later framework (e.g. vn-egov-2.0) from a model of an earlier one, keeping its ids; list what could not be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.ktm or .xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework to upgrade to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kientruc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which framework to upgrade to with --framework ID (known: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use the extension .ktm or .xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every element and relationship was mapped to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) or relationship(s) could not be mapped to %1:</source>
        <translation>
            <numerusform>%n element or relationship could not be mapped to %1:</numerusform>
            <numerusform>%n elements or relationships could not be mapped to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n element(s)</source>
        <translation>
            <numerusform>Wrote %1 (%2): %n element</numerusform>
            <numerusform>Wrote %1 (%2): %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s)</source>
        <translation>
            <numerusform>, %n relationship</numerusform>
            <numerusform>, %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n view(s).</source>
        <translation>
            <numerusform>, %n view.</numerusform>
            <numerusform>, %n views.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the input and the output are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kt::cli::ValidateCommand</name>
    <message>
        <source>Check a model against its framework; exit code 1 when something is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report errors only, not warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>, %n warning.</numerusform>
            <numerusform>, %n warnings.</numerusform>
        </translation>
    </message>
</context>
</TS>
