<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Texts of Qt's own file dialog that the translations shipped with Qt lack (checked in tests/gui/test_languages.py). -->
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>File</source>
            <comment>All other platforms</comment>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>%1 File</source>
            <comment>All other platforms</comment>
            <translation>Fichier %1</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
    </context>
</TS>
