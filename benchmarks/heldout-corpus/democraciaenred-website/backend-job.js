import markdown from 'markdown-in-js'

const Content = () => markdown`
## Back-end dev

<span>Puesto:</span> Back-end dev

<span>Seniority:</span> Semi-senior

<span>Dónde:</span> Buenos Aires

### Responsabilidades
* Desarrollar aplicaciones web en JavaScript, utilizando ES6, React.JS, Node.JS y otras tecnologías modernas.
* Implementar nuevas funcionalidades y módulos en aplicaciones para startups y marcas globales.
* Mejorar las herramientas disponibles para el equipo de desarrollo aplicando Gulp, Grunt, RequireJS, Browserify, Docker y otros.

### Requisitos
* Desarrollar aplicaciones web en JavaScript, utilizando ES6, React.JS, Node.JS y otras tecnologías modernas.
* Implementar nuevas funcionalidades y módulos en aplicaciones para startups y marcas globales.
* Mejorar las herramientas disponibles para el equipo de desarrollo aplicando Gulp, Grunt, RequireJS, Browserify, D

### ¿Qué te ofrecemos?
* Desarrollar aplicaciones web en JavaScript, utilizando ES6, React.JS, Node.JS y otras tecnologías modernas.
* Implementar nuevas funcionalidades y módulos en aplicaciones para startups y marcas globales.
* Mejorar las herramientas disponibles para el equipo de desarrollo aplicando Gulp, Grunt, RequireJS, Browserify, D
`

export default Content