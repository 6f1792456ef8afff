<div class="page-layout">
    <?php echo elgg_view("pleio_main_template/components/navigation"); ?>
    <main class="main">
        <article class="article">
            <div class="article__header">
                <div class="row">
                    <div class="col-lg-6">
                        <h1>Werken aan open source oplossingen voor overheidsorganisaties</h1>
                    </div>
                    <div class="col-lg-6 center-xs">
                        <img src="/mod/pleio_main_template/assets/images/publiek-large.svg">
                    </div>
                </div>
            </div>
            <div class="article__body">
                <section class="section">
                    <div class="container">
                        <p class="article__intro">
                            <a id="about"></a>
                        </p>
                    </div>
                </section>

                <div class="divider"></div>

                <section class="section">
                    <div class="container">
                    Hallo aanstaande collega,<br /><br />
                    We zijn op zoek naar drie nieuwe collega’s om ons team te versterken en te bouwen aan ons snel groeiende online samenwerkingsplatform. Bij ons kom je in een niet-hiërarchisch team te werken en is er veel ruimte voor eigen initiatief. Ook zijn er veel mogelijkheden om nieuwe dingen te leren. Je kunt op afstand werken of op ons kantoor in Utrecht. Het aantal uren en de constructie (bijv. freelance, dienstverband, detachering vanuit een overheidsorganisatie of stage) zijn in overleg.<br />
                    <br />
                    <h3>Wat is Pleio?</h3>
                    <p>We zijn ontstaan in 2009 als initiatief van een aantal ambtenaren met vooruitstrevende ideeën over online samenwerking over de grenzen van losse overheidsorganisaties heen. Inmiddels zijn we honderden deelsites, honderdduizenden gebruikers en een professionaliseringsslag verder. Tegenwoordig heten we Stichting Pleio en blijven we de fundamentele keuzes uit onze begintijd in ere houden, waaronder het gebruik van open source software en open standaarden, een hoge mate van flexibiliteit en het ontbreken van een winstoogmerk.</p>
                    <p>We staan in nauw contact met deelsitebeheerders en komen bij vele overheidsorganisaties over de vloer, geven ondersteuning op het platform en organiseren workshops voor nieuwe deelsite- en accounthouders. Onze gebruikers zijn overheden zoals ministeries, provincies en gemeenten, uitvoeringsorganisaties en allerlei samenwerkingsverbanden, waaronder publiek-private samenwerkingen.</p>
                    <br />
                    <h3>Waar werken we aan?</h3>
                    <p>We zijn best trots op ons nieuwe template dat we afgelopen jaar hebben gelanceerd. Met dit template zijn we een nieuwe technische richting ingeslagen waarbij we componenten gebruiken zoals <a href="facebook.github.io/react/">React</a> en <a href="http://graphql.org/">GraphQL</a>. Dit jaar willen we een nieuwe backend ontwikkelen op basis van <a href="https://www.python.org/">Python</a> en <a href="https://www.djangoproject.com/">Django</a>.</p>
                    <p>We hebben de ambitie om verder te groeien en hét samenwerkingsplatform binnen de Nederlandse overheid te worden. Onze ontwikkelaars werken samen met ontwikkelaars van de Canadese overheid aan open source componenten die in beide landen kunnen worden ingezet. Daarnaast is alle software die we maken open source te vinden op <a href="https://www.github.com/Pleio">Github</a>.</p>
                    </div>
                </section>

                <div class="divider"></div>

                <section class="section">
                    <div class="container">
                        <h2>Softwareontwikkelaar frontend</h2>
                        Als frontend ontwikkelaar zul je:<br /><br />
                        <ul class="disc">
                            <li>Nieuwe functionaliteiten bouwen.</li>
                            <li>Reageren op wensen vanuit onze deelsites.</li>
                            <li>Samenwerken met onze ontwerper en eventueel onze backend ontwikkelaar.</li>
                        </ul>
                        <br />
                        We verwachten van jou:
                        <br /><br />
                        <ul class="disc">
                            <li>De juiste combinatie tussen technische vaardigheden en kijk op gebruiksvriendelijkheid.</li>
                            <li>Ervaring met web-ontwikkeling: Javascript, ECMAScript 6, HTML5, CSS.</li>
                            <li>Bekendheid met agile, TDD en Git. Kennis van CI/CD, Docker en Kubernetes is mooi meegenomen.</li>
                            <li>Affiniteit met de overheid en met onze werkwijze.</li>
                        </ul>
                    </div>
                </section>

                <div class="divider"></div>

                <section class="section">
                    <div class="container">
                        <h2>Softwareontwikkelaar backend</h2>
                        Als onze backend ontwikkelaar zul je:<br /><br />
                        <ul class="disc">
                            <li>De schaalbaarheid van Pleio verbeteren.</li>
                            <li>Je bezighouden met de veiligheid van de systemen.</li>
                            <li>Helpen met het oplossen van bugs en het ontwikkelen van nieuwe features.</li>
                            <li>Samenwerken met onze collega’s in Canada.</li>
                            <li>Meedenken over onze roadmap en ontwikkelstrategie.</li>
                        </ul>
                        <br />
                        We verwachten van jou:
                        <br /><br />
                        <ul class="disc">
                            <li>Ervaring met web-ontwikkeling: kennis van PHP en MySQL.</li>
                            <li>Bekendheid met agile, TDD en Git. Kennis van CI/CD, Docker en Kubernetes is mooi meegenomen.</li>
                            <li>Affiniteit met de overheid en met onze werkwijze.</li>
                        </ul>
                    </div>
                </section>

                <div class="divider"></div>

                <section class="section">
                    <div class="container">
                        <h2>DevOps engineer</h2>
                        Als onze DevOps engineer zul je:<br /><br />
                        <ul class="disc">
                            <li>Software voor ons beheerpaneel ontwikkelen.</li>
                            <li>De schaalbaarheid, veiligheid en beschikbaarheid van Pleio verder verbeteren.</li>
                            <li>Onze infrastructuur onderhouden.</li>
                            <li>Meedenken over de inrichting van onze infrastructuur.</li>
                            <li>Meedenken over onze roadmap en ontwikkelstrategie.</li>
                        </ul>
                        <br />
                        We verwachten van jou:
                        <br /><br />
                        <ul class="disc">
                            <li>Basiskennis van Python of PHP.</li>
                            <li>Ervaring met Linux, Docker, MySQL. Kennis van Kubernetes is mooi meegenomen.</li>
                            <li>Affiniteit met de overheid en met onze werkwijze.</li>
                        </ul>
                    </div>
                </section>

                <section class="section">
                <div class="article__header">
                    <div class="article__form ___center">
                        <p>Vul het onderstaande formulier in voor meer informatie over werken aan Pleio.</p>
                        <form method="POST" action="/action/request_info">
                            <?php echo elgg_view("input/securitytoken"); ?>
                            <input type="hidden" name="information_type" value="jobs">
                            <div class="input-field">
                                <input type="text" id="name" name="name">
                                <label for="name"><?php echo elgg_echo('name'); ?></label>
                            </div>

                            <div class="input-field">
                                <input type="email" id="email" name="email">
                                <label for="email"><?php echo elgg_echo('email'); ?></label>
                            </div>

                            <p class="protection">Leave this empty: <input type="text" name="url" /></p>

                            <div class="login__buttons">
                                <button name="request" class="button" type="submit"><?php echo elgg_echo('pleio_main_template:request_more_info'); ?></button>
                            </div>

                            <p class="___smaller ___center">Of stuur een e-mail naar <a href="werken-aan@pleio.nl">werken-aan@pleio.nl</a></p>
                        </form>
                    </div>
                </div>
                </section>
            </div>
        </article>
    </main>
</div>