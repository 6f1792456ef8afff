import markdown from 'markdown-in-js'

const Content = () => markdown`
## Administración de sistemas / DevOps

<span>Puesto:</span> Administración de sistemas / DevOps

<span>Seniority:</span> Semi-senior

<span>Dónde:</span> Buenos Aires

<span>Presentación: </span>
Buscamos una persona para administrar procesos de aprovisionamiento y ejecutar buenas prácticas para asegurarse de que las instalaciones sean fiables y seguras, dando soporte al resto del equipo y participando en las definiciones del producto.

### Responsabilidades
* Automatizar procesos de aprovisionamiento en la nube y on-premises
* Automatizar creación de backups
* Incorporar procesos de integración continua
* Participar en las definiciones del producto

### Requisitos

* Docker
* CI/CD
* Linux

### Deseado
* Kubernetes
`

export default Content