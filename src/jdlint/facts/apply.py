"""How to apply, and the posting's dates.

Ways to apply: a how-to-apply section, an apply link (a front-matter field, or a link whose text
says apply), an e-mail address (in apply wording, or given as a contact), and apply instructions
in the text, in any language the section vocabulary knows ("send your CV to", "apply online",
"envoyez votre CV"). A posting published on an applicant-tracking system or a job board is
applied to with the page's own button, which is not in the posting's text; where the source shows
that page, the page is the way to apply: a front-matter or JSON-record field that links to an
applicant-tracking system or job board (``url``, ``link``, ``source_url``) or holds the posting's
id there (``leverId``), an HTML apply button, application form or embedded ATS form, and
schema.org ``directApply``, ``url`` or ``applicationContact``.

Dates: the application deadline (front matter ``closes``/``deadline``, schema.org
``validThrough``, or "Application deadline: 5 May 2025" in the text) and the date
posted (front matter ``date``/``opens``, schema.org ``datePosted``). A date is given as written
and, where it can be read without guessing, as an ISO date.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from .. import prefilter
from ..model import Document, Span
from .base import Fact, in_block, meta_span, meta_value, property_span, prose, structured_postings

# "page": the page the posting is published on takes the applications (its apply button or form).
# "contact": an e-mail address given without apply wording ("Questions? ana@acme.org"): people
# write to it to apply as well, so a posting that gives one has said whom to reach.
KINDS = ("section", "link", "email", "instructions", "page", "contact")

_LINK_KEYS = ("apply_url", "application_link", "url_apply", "external_url", "applyUrl", "apply_link", "application_url")
_DEADLINE_KEYS = (
    "closes",
    "deadline",
    "close_date",
    "closing_date",
    "validThrough",
    "valid_through",
    "application_deadline",
)
# Keys compared loosely (case, "-" or "_"): "datePosted", "prepared-on-date", "publish_date".
_POSTED_KEYS = (
    "date_posted",
    "dateposted",
    "opens",
    "posted",
    "posted_on",
    "published",
    "published_on",
    "publish_date",
    "publishdate",
    "date_published",
    "prepared_on_date",
    "prepared_on",
    "date",
)

_APPLY = re.compile(
    r"\b(?:how to apply|to apply|apply (?:here|now|online|at|via|through|by|on|for)|click to apply|"
    r"send (?:us )?(?:your )?(?:cv|resume|résumé|application|cover letter)|submit (?:your )?"
    r"(?:cv|resume|résumé|application))\b",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://[^\s)>\]\"']+")
# [Apply here](https://...) or a reference link, [More information / apply][job-ad]
_MD_LINK = re.compile(
    r"\[(?P<text>[^[\]]*\bappl(?:y|ications?)\b[^[\]]*)\](?:\((?P<url>[^)\s]+)|\[(?P<ref>[^\]\s][^\]]*)\])", re.I
)
_ANY_MD_LINK = re.compile(r"\]\((?P<url>https?://[^)\s]+)")
# An address spelled out against spam harvesters: "daniel.naber at languagetool.org", "jobs [at] acme
# [dot] org".
_SPELLED_EMAIL = re.compile(
    r"\b[\w.+-]+\s*(?:\[at\]|\(at\)|\bat\b)\s*[\w-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[\w-]+)*"
    r"\s*(?:\.|\[dot\]|\(dot\))\s*(?:org|com|net|edu|gov|io|dev|de|fr|nl|uk|eu|ch|at|be|es|pt|br|it|ca|au)\b",
    re.I,
)
_MAILTO = re.compile(r"(?:<a\b[^<>]*\bhref=[\"']|\]\()mailto:(?P<address>[^\"'\s?)>]+@[^\"'\s?)>]+)", re.I)
_ANY_HTML_LINK = re.compile(r"<a\b[^<>]*\bhref=[\"'](?P<url>https?://[^\"']+)[\"']", re.I)
_HTML_LINK = re.compile(
    r"<a\b[^<>]*\bhref=[\"'](?P<url>[^\"']+)[\"'][^>]*>(?P<text>[^<]*\bappl(?:y|ications?)\b[^<]*)<", re.I
)

# Applicant-tracking systems and job boards (a host or a parent domain, or host/path): a posting
# there is applied to with the page's own button. A host whose first label is one of _JOB_HOSTS
# (jobs.example.edu, careers.acme.com) is a careers site, and a path with an "apply" segment
# (/apply/jobs/details/...) an application page, wherever they are.
_ATS = (
    "greenhouse.io",
    "lever.co",
    "workable.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "myworkdayjobs.com",
    "myworkdaysite.com",
    "bamboohr.com",
    "recruitee.com",
    "personio.de",
    "personio.com",
    "teamtailor.com",
    "jobvite.com",
    "icims.com",
    "breezy.hr",
    "applytojob.com",
    "theresumator.com",
    "jazzhr.com",
    "pinpointhq.com",
    "taleo.net",
    "successfactors.com",
    "successfactors.eu",
    "dayforcehcm.com",
    "ultipro.com",
    "paylocity.com",
    "paycomonline.net",
    "workforcenow.adp.com",
    "recruiterbox.com",
    "comeet.com",
    "freshteam.com",
    "homerun.co",
    "join.com",
    "applicantpro.com",
    "hrmdirect.com",
    "governmentjobs.com",
    "schooljobs.com",
    "usajobs.gov",
    "civilservicejobs.service.gov.uk",
    "jobs.nhs.uk",
    "jobs.ac.uk",
    "apply.interfolio.com",
    "academicjobsonline.org",
    "indeed.com",
    "glassdoor.com",
    "ziprecruiter.com",
    "wellfound.com",
    "welcometothejungle.com",
    "stepstone.de",
    "linkedin.com/jobs",
)
_JOB_HOSTS = frozenset(("jobs", "careers", "career", "apply", "recruiting", "hire", "talent"))
_APPLY_SEGMENT = re.compile(r"/(?:apply|apply-now|applynow|application-form)(?:[/?#.]|$)", re.I)


def takes_applications(url: str) -> bool:
    """Whether ``url`` is an applicant-tracking system, a job board or an application page."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.scheme not in ("http", "https") or "." not in host:
        return False
    for entry in _ATS:
        domain, _, path = entry.partition("/")
        if (host == domain or host.endswith("." + domain)) and parts.path.lower().startswith("/" + path):
            return True
    return host.split(".")[0] in _JOB_HOSTS and host.count(".") >= 2 or bool(_APPLY_SEGMENT.search(parts.path))


def _key(key: Any) -> str:
    """A field name compared without case, ``_``, ``-`` or spaces: ``applyUrl`` is ``apply_url``."""
    return re.sub(r"[\s_-]+", "", str(key)).lower()


# Fields that hold the way to apply, whatever it is (a URL, an address, a sentence).
_APPLY_FIELDS = frozenset(
    _key(k)
    for k in _LINK_KEYS
    + (
        "apply",
        "applyLink",
        "applicationLink",
        "apply_href",
        "job_apply_link",
        "apply_to",
        "application_form",
        "urlPostulation",  # France Travail records: contact.urlPostulation
    )
)
# Fields that link to the posting somewhere: the way to apply when that is an applicant-tracking
# system or a job board (a job board's "link", an aggregator's "source_url", a dataset's "url").
_URL_FIELDS = frozenset(
    _key(k)
    for k in (
        "url",
        "link",
        "href",
        "source",
        "source_url",
        "job_url",
        "job_link",
        "posting_url",
        "listing_url",
        "original_url",
        "redirect_url",
        "urlOrigine",  # France Travail records: origineOffre.urlOrigine
    )
)
# The posting's id in an applicant-tracking system (leverId: the site renders its apply button).
_ATS_ID = re.compile(
    r"^(?:lever|greenhouse|gh|workable|ashby|smartrecruiters|workday|bamboohr|recruitee|personio|teamtailor|"
    r"jobvite|icims|breezy|jazzhr|pinpoint)(?:id|jid|jobid|postingid|shortcode)$"
)


def _fields(value: Any, depth: int = 0) -> list[tuple[str, Any]]:
    """(key, value) of a front-matter mapping and of the mappings nested in it (a JSON record's
    ``contact: {urlPostulation: ...}``), a few levels deep."""
    if depth > 3:
        return []
    if isinstance(value, list):
        return [hit for item in value for hit in _fields(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    out = []
    for key, item in value.items():
        out.append((str(key), item))
        out.extend(_fields(item, depth + 1))
    return out


def _page_fields(doc: Document) -> list[ApplyPath]:
    """Front-matter and JSON-record fields that give the way to apply (see the module's doc)."""
    out: list[ApplyPath] = []
    buttons: list[ApplyPath] = []
    for key, value in _fields(doc.meta):
        name = _key(key)
        if isinstance(value, dict):
            button = _button(doc, key, value)
            if button is not None:
                buttons.append(button)
            continue
        if isinstance(value, list) and name in _APPLY_FIELDS:  # apply_url: [https://...]
            value = next((v for v in value if isinstance(v, (str, int)) and str(v).strip()), None)
        if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
            continue
        text = str(value).strip()
        if not text:
            continue
        if name in _APPLY_FIELDS:
            kind = "email" if _EMAIL.fullmatch(text.removeprefix("mailto:")) else "link"
        elif name in _URL_FIELDS and takes_applications(text):
            kind = "link"
        elif _ATS_ID.match(name):
            kind = "page"
        else:
            continue
        out.append(ApplyPath(kind=kind, value=text, span=meta_span(doc, key), origin="front-matter", field=key))
    return out + buttons


def _button(doc: Document, key: str, value: dict) -> ApplyPath | None:
    """A button the page's layout draws: ``button: {button_url: mailto:..., button_text: Apply Now}``."""
    if value.get("enabled") is False:
        return None
    texts = [str(v).strip() for v in value.values() if isinstance(v, str)]
    target = next((t for t in texts if t.startswith(("http://", "https://", "mailto:"))), None)
    if target is None or not any(_APPLY_LABEL.match(t) for t in texts):
        return None
    kind = "email" if target.startswith("mailto:") else "link"
    return ApplyPath(kind=kind, value=target, span=meta_span(doc, key), origin="front-matter", field=key)


# An HTML apply button or link (its text, tags removed), an application form and an embedded ATS
# form. Buttons and forms are page furniture the HTML reader leaves out of the posting's text.
_APPLY_LABEL = re.compile(
    r"^(?:apply(?: now| here| online| today)?|apply (?:for|to) (?:this|the) (?:job|position|role|vacancy|opening)|"
    r"(?:submit|start|begin|continue) (?:(?:your|my|an) )?application|i'?m interested)[\s!.>»→]*$",
    re.I,
)
_BUTTON = re.compile(r"<(button|a)\b[^<>]*>((?:(?!</?\1\b).){0,300}?)</\1\s*>", re.I | re.S)
_SUBMIT = re.compile(r"<input\b[^<>]*\btype=[\"']?(?:submit|button)\b[^<>]*\bvalue=[\"']([^\"'<>]*)[\"']", re.I)
_FORM = re.compile(r"<form\b([^<>]*)>((?:(?!</form\b).){0,20000})", re.I | re.S)
_FILE_INPUT = re.compile(r"<input\b[^<>]*\btype=[\"']?file\b", re.I)
_EMBED = re.compile(r"<(?:iframe|script)\b[^<>]*\bsrc=[\"']([^\"']+)[\"']", re.I)
_TAG = re.compile(r"<[^<>]*>")


def _page_elements(doc: Document) -> list[ApplyPath]:
    """Apply buttons and links, application forms and embedded ATS forms in the page's HTML."""
    if "<" not in doc.source:
        return []
    from ..readers import templates

    # Server code and template tags blanked out (same offsets): an onclick="...<?php ... ?>..." is
    # still a button.
    source, out = templates.scrub(doc.source), []
    for m in _BUTTON.finditer(source):
        label = " ".join(_TAG.sub(" ", m.group(2)).split())
        if _APPLY_LABEL.match(label):
            out.append(ApplyPath(kind="page", value=label, span=Span(m.start(2), m.end(2))))
    for m in _SUBMIT.finditer(source):
        if _APPLY_LABEL.match(m.group(1).strip()):
            out.append(ApplyPath(kind="page", value=m.group(1).strip(), span=Span(m.start(1), m.end(1))))
    for m in _FORM.finditer(source):
        if re.search(r"appl(?:y|ication)", m.group(1), re.I) or _FILE_INPUT.search(m.group(2)):
            out.append(ApplyPath(kind="page", value="application form", span=Span(m.start(), m.start(2))))
    for m in _EMBED.finditer(source):
        if takes_applications(m.group(1)):
            out.append(ApplyPath(kind="link", value=m.group(1), span=Span(m.start(1), m.end(1))))
    return out


def _structured(doc: Document) -> list[ApplyPath]:
    """schema.org JobPosting: ``directApply: true`` (the page takes the application), the posting's
    ``url``, and ``applicationContact`` (an e-mail address or a URL)."""
    out = []
    for posting, block in structured_postings(doc):
        if posting.get("directApply") is True:
            out.append(
                ApplyPath(
                    kind="page",
                    value="directApply",
                    span=property_span(doc, block, "directApply"),
                    origin="json-ld",
                    field="directApply",
                )
            )
        contact = posting.get("applicationContact")
        contacts = contact if isinstance(contact, list) else [contact]
        for name, value in [("url", posting.get("url"))] + [
            ("applicationContact", c.get(k)) for c in contacts if isinstance(c, dict) for k in ("email", "url")
        ]:
            if isinstance(value, str) and value.strip():
                kind = "email" if _EMAIL.fullmatch(value.strip().removeprefix("mailto:")) else "link"
                out.append(
                    ApplyPath(
                        kind=kind,
                        value=value.strip(),
                        span=property_span(doc, block, name),
                        origin="json-ld",
                        field=name,
                    )
                )
    return out


_CLOSE = re.compile(
    r"\b(?:application (?:deadline|closing date)|closing date|deadline|applications? close|"
    r"apply by|open until|accepting applications until|posting (?:will )?close)",
    re.I,
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    rf"|\b(?P<mname>{_MONTH})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<myear>\d{{4}})\b"
    rf"|\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dname>{_MONTH})\.?,?\s+(?P<dyear>\d{{4}})\b",
    re.I,
)


@dataclass(frozen=True, kw_only=True)
class ApplyPath(Fact):
    kind: str  # one of KINDS
    value: str  # the URL, the address, the section heading or the instruction


@dataclass(frozen=True, kw_only=True)
class DateFact(Fact):
    text: str
    date: str | None  # ISO date when the text can be read as one


def parse_date(value: Any) -> str | None:
    """ISO date of "2025-05-05", "May 5, 2025", "5 May 2025", or a date or datetime value."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    m = _DATE.search(str(value))
    if m is None:
        return None
    try:
        if m.group("iso"):
            return _dt.date.fromisoformat(m.group("iso")).isoformat()
        if m.group("mname"):
            return _dt.date(int(m.group("myear")), _MONTHS[m.group("mname").lower()], int(m.group("mday"))).isoformat()
        return _dt.date(int(m.group("dyear")), _MONTHS[m.group("dname").lower()], int(m.group("dday"))).isoformat()
    except ValueError:
        return None


def _meta_date(doc: Document, keys: tuple[str, ...]) -> DateFact | None:
    hit = meta_value(doc, *keys)
    if hit is None:
        return None
    key, value = hit
    text = value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else str(value).strip()
    return DateFact(text=text, date=parse_date(value), span=meta_span(doc, key), origin="front-matter", field=key)


def _structured_date(doc: Document, name: str) -> DateFact | None:
    for posting, block in structured_postings(doc):
        value = posting.get(name)
        if isinstance(value, str) and value.strip():
            return DateFact(
                text=value.strip(),
                date=parse_date(value),
                span=property_span(doc, block, name),
                origin="json-ld",
                field=name,
            )
    return None


def deadline(doc: Document) -> DateFact | None:
    """The application deadline: front matter, JSON-LD ``validThrough``, then the text."""
    found = _meta_date(doc, _DEADLINE_KEYS) or _structured_date(doc, "validThrough")
    if found is not None:
        return found
    blocks = list(prose(doc))
    for i, block in enumerate(blocks):
        m = prefilter.search(_CLOSE, block.text, block.folded)
        if m is None:
            continue
        # The statement runs to the end of its sentence or line.
        rest = re.split(r"(?<=[.;!?])\s|\n", block.text[m.start() :], maxsplit=1)[0]
        date = _DATE.search(rest)
        if date is None and i + 1 < len(blocks) and (block.is_heading or block.implied_heading):
            # A label ("APPLICATION DEADLINE:") whose value is the next block.
            value = blocks[i + 1]
            date = _DATE.search(value.text)
            if date is not None:
                return DateFact(
                    text=date.group(0), date=parse_date(date.group(0)), **in_block(value, date.start(), date.end())
                )
        end = m.start() + (date.end() if date else len(rest.rstrip(" .;:")))
        text = block.text[m.start() : end]
        return DateFact(text=text, date=parse_date(date.group(0)) if date else None, **in_block(block, m.start(), end))
    return None


def date_posted(doc: Document) -> DateFact | None:
    loose = {re.sub(r"[-\s]", "_", str(k).lower()): str(k) for k in doc.meta}
    keys = tuple(loose[k] for k in _POSTED_KEYS if k in loose)
    return _meta_date(doc, keys) or _structured_date(doc, "datePosted")


# Front-matter fields that hold the address applications go to ("contact: {email: ...}").
_CONTACT_KEYS = (
    "contact",
    "contact_email",
    "email",
    "apply_email",
    "application_email",
    "recruiter_email",
    "hiring_email",
    "contacts",
)


def _contact_emails(value: Any, key: str) -> list[tuple[str, str]]:
    """(key that holds it, address) for every e-mail address in a front-matter value."""
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in _contact_emails(v, str(k))]
    if isinstance(value, list):
        return [hit for v in value for hit in _contact_emails(v, key)]
    return [(key, m.group(0)) for m in _EMAIL.finditer(str(value))] if isinstance(value, str) else []


def paths(doc: Document) -> list[ApplyPath]:
    """Ways to apply, in document order of their kind: fields, sections, links, e-mails, instructions."""
    out: list[ApplyPath] = _page_fields(doc)
    for key in _CONTACT_KEYS:
        for field, address in _contact_emails(doc.meta.get(key), key):
            span = meta_span(doc, field)
            out.append(
                ApplyPath(
                    kind="email",
                    value=address,
                    span=span if span.end > span.start else meta_span(doc, key),
                    origin="front-matter",
                    field=key,
                )
            )
    for section in doc.sections_of("how-to-apply"):
        if section.word_count or section.origin == "front-matter":
            heading = section.heading_text or ""
            out.append(
                ApplyPath(
                    kind="section",
                    value=heading,
                    span=section.span,
                    origin=section.origin,
                    field=section.blocks[0].field if section.origin == "front-matter" and section.blocks else None,
                )
            )
    for regex in (_MD_LINK, _HTML_LINK):
        for m in regex.finditer(doc.source):
            group = "url" if m.group("url") is not None else "ref"
            out.append(ApplyPath(kind="link", value=m.group(group), span=Span(m.start(group), m.end(group))))
    from ..sections import default_vocabulary

    cues = default_vocabulary().apply_cues  # apply wording in every language ("envoyez votre CV à")
    for block in prose(doc):
        apply_text = _APPLY.search(block.text) or next(
            (m for m in (prefilter.search(p, block.text, block.folded) for p in cues) if m), None
        )
        in_section = block.section is not None and block.section.kind == "how-to-apply"
        for m in (*_EMAIL.finditer(block.text), *_SPELLED_EMAIL.finditer(block.text)):
            kind = "email" if apply_text or in_section else "contact"
            out.append(ApplyPath(kind=kind, value=m.group(0), **in_block(block, m.start(), m.end())))
        if apply_text:
            out.append(
                ApplyPath(
                    kind="instructions",
                    value=apply_text.group(0),
                    **in_block(block, apply_text.start(), apply_text.end()),
                )
            )
        elif in_section:
            for m in _URL.finditer(block.text):
                out.append(ApplyPath(kind="link", value=m.group(0), **in_block(block, m.start(), m.end())))
    # An e-mail link ("please contact <a href="mailto:...">our maintainer</a>"): the address is in
    # the markup, not the text, and people write to it to apply.
    for m in _MAILTO.finditer(doc.source):
        out.append(ApplyPath(kind="contact", value=m.group("address"), span=Span(m.start("address"), m.end("address"))))
    # A link to an applicant-tracking system or job board, whatever its text, is where to apply.
    for regex in (_ANY_MD_LINK, _ANY_HTML_LINK):
        for m in regex.finditer(doc.source):
            if takes_applications(m.group("url")):
                out.append(ApplyPath(kind="link", value=m.group("url"), span=Span(m.start("url"), m.end("url"))))
    for block in prose(doc):
        for m in _URL.finditer(block.text):
            if takes_applications(m.group(0)):
                out.append(ApplyPath(kind="link", value=m.group(0), **in_block(block, m.start(), m.end())))
    out += _page_elements(doc) + _structured(doc)
    seen: set[tuple[str, int, int]] = set()  # a link found twice (its text says apply, and where it goes)
    unique = []
    for path in out:
        where = (path.kind, path.span.start, path.span.end) if path.span is not None else (path.kind, -1, id(path))
        if where not in seen:
            seen.add(where)
            unique.append(path)
    return unique
