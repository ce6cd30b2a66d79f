<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Texts of Qt's own file dialog that the translations shipped with Qt lack (checked in tests/gui/test_languages.py). -->
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>File</source>
            <comment>All other platforms</comment>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>%1 File</source>
            <comment>All other platforms</comment>
            <translation>Archivo %1</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
    </context>
</TS>
