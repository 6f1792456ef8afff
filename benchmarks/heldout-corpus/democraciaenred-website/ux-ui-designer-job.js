import markdown from 'markdown-in-js'

const Content = () => markdown`
## UX-UI designer

<span>Puesto:</span> UX/UI Designer

<span>Seniority:</span> Semi-senior

<span>Dónde:</span> Buenos Aires

<span>Presentación: </span>
Buscamos una persona que lleve adelante el proceso de diseño de producto en un equipo interdisciplinario para lograr productos accesibles e inclusivos que permitan a gobiernos locales encontrar mejores maneras de integrar a la ciudadanía a la toma de decisiones.

### Responsabilidades
* Diseñar estrategias UX
* Investigar personas y casos de uso
* Crear documentación
* Diseñar responsive web apps y landing pages
* Análisis de métricas para optimización de productos

### Requisitos
* Experiencia diseñando web apps, landings y productos digitales
* Herramientas de diseño (Sketch, Adobe)
* Programas de prototipado (InVision, Adobe xd, Zeplin)
* Testing y análisis de resultados

### Deseado
* Product thinking
* Design thinking
* Accesibilidad e inclusión
`

export default Content