<!doctype html>
<html lang=en>
<head>
    <?php
    $page = "other";
    $title = "Job: Marketing LanguageTool";
    ?>
    <?php include("../../include/header.php"); ?>
</head>
<body>
<?php include("../../include/partials/nav.php"); ?>

<div id="textContent">

    <h2>Volunteer Wanted: LanguageTool Growth Hacker</h2>

    <p>LanguageTool is looking for someone who helps it grow. This is your chance to:</p>

    <ul>
        <li>Communicate with an audience of more than 10,000 people per day</li>
        <li>Become a better writer by improving the content of our homepage and wiki</li>
        <li>Learn Piwik, a powerful web analytics tool</li>
        <li>Learn how to create video tutorials and track their success</li>
        <li>Learn how to create new statistics and measurements to track growth</li>
    </ul>

    <p>Like the LanguageTool developers, you won't get paid with money but you can learn a lot and be
    sure you're working on something that benefits a lot of people. Would you like to take
    this challenge? Then please contact
    <span style="color:#555555">daniel.naber <span>a&#116;</span> languagetool<span>.</span>org</span></p>
    
    <p>If you don't have time for this, you can still help us! You can <a href="/contribute/">contribute
    new rules</a>, <a href="https://twitter.com/share?url=https://languagetool.org">tweet about</a>, or share
    LanguageTool with your friends.</p>
    
</div>

<?php include("../../include/footer.php"); ?>

</body>
</html>
