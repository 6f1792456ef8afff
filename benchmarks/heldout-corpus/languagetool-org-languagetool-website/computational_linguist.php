<!doctype html>
<html lang=en>
<head>
    <?php
    $page = "other";
    $title = "Stellenanzeige Computerlinguist (m/w)";
    ?>
    <?php include("../../include/header.php"); ?>
</head>
<body>
<?php include("../../include/partials/nav.php"); ?>

<div id="textContent">

    <p style="text-align: right; color: #666">
        Stand: 26.02.2018
    </p>
    
    <p>Noch Student/in? <a href="/gsoc2018">Dann mal hier vorbeischauen</a></p>
    
    <h1>Computerlinguist (m/w)</h1>
    
    <p>Die LanguageTooler GmbH betreibt auf languagetool.org eine beliebte Stil- und Grammatikprüfung. Jeden Tag prüfen 
        wir mehr als 500.000 Texte. Viele andere Websites, darunter korrekturen.de und rechtschreibpruefung24.de,
        nutzen unsere Technologie ebenfalls. Wir suchen ab sofort einen</p>
    
    <h2 style="text-align: center">Computerlinguisten (m/w)</h2>
    
    <p><b>Deine Aufgaben:</b></p>

    <ul>
        <li>Erweiterung der Fehlererkennung (Rechtschreibung, Grammatik, Stil, Semantik) für Deutsch und Englisch
        <li>Nutzung der anonym gesammelten Nutzerdaten zur Verbesserung der Korrekturvorschläge
        <li>Evaluation und Implementierung von Machine-Learning-Ansätzen, mit Training auf Basis echter und künstlich generierter Fehler
    </ul>
    
    <p><b>Unsere Anforderungen:</b></p>
    
    <ul>
        <li>Studium der Computerlinguistik, Informatik, oder ähnliches
        <li>erste Erfahrungen mit Java
        <li>Erfahrungen im Bereich Machine Learning oder Deep Learning, z. B. für Machine Translation
        <li>eine pragmatische und selbständige Arbeitsweise
        <li>sehr gute Kenntnisse in Deutsch oder Englisch
        <li>es ist von Vorteil, wenn Du bereits an Open-Source-Projekten mitgewirkt hast
    </ul>
    
    <p><b>Was wir bieten:</b></p>

    <ul>
        <li>ein kleines, agiles Team
        <li>direkter Kontakt zu unseren Nutzern
        <li>bezahlte Mitarbeit an einem bekannten Open-Source-Projekt
        <li>ein Büro im Herzen von Potsdam-Babelsberg mit sehr guter S-Bahn-Anbindung nach Berlin
        <li>die Möglichkeit zur Arbeit im Home-Office (bis zu 30% der Arbeitszeit)
    </ul>
    
    <p>Interessiert? Bitte schicke Deine Fragen oder direkt eine Bewerbung per
        <script type="text/javascript">
            <!--
            var firstPart = "daniel.naber";
            var lastPart = "languagetool.org";
            document.write("<a href='mail" + "to:" + firstPart + "@" + lastPart + "'>E-Mail an Daniel Naber<" + "/a>");
            // -->
        </script>.<noscript>(bitte Javascript aktivieren, um die E-Mail-Adresse zu sehen)</noscript>

    <p>LanguageTooler GmbH<br>
    Karl-Liebknecht-Str. 21/22<br>
    14482 Potsdam
    
</div>

<?php include("../../include/footer.php"); ?>

</body>
</html>
