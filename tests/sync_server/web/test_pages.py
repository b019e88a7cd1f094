"""The citizen pages over HTTP: what each municipality shows to whom, search, share, the
answers, caching, and privacy (no cookies, no external requests, strict CSP)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from support.world import World, guide_body

from sync_server.protocol import Role


def publish(world: World, guide_id: str, code: str = "101", **overrides: Any) -> dict[str, Any]:
    body = guide_body(guide_id, published_to_citizens=True, **overrides)
    response = world.call("POST", "/guides", code=code, json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def titles(html: str) -> list[str]:
    """The guide titles of the page's first guide list, in order."""
    lists = re.findall(r'<ul class="guide-list">(.*?)</ul>', html, re.S)
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', lists[0]) if lists else []


@pytest.fixture
def site(world: World) -> World:
    publish(world, "melde-flytning")
    publish(
        world,
        "bestil-sundhedskort",
        title="Bestil nyt sundhedskort",
        area="Sundhed",
        synonyms=["gult kort", "sygesikringsbevis"],
    )
    publish(world, "skift-laege", title="Skift læge", area="Sundhed", synonyms=["lægeskift"])
    # Staff only (not for citizens), a draft for citizens, and another municipality's guide.
    staff = guide_body("kun-personale", title="Intern arbejdsgang", area="Sundhed")
    assert world.call("POST", "/guides", json=staff).status_code == 201
    draft = guide_body(
        "kladde", title="Kladde om flytning", status="draft", published_to_citizens=True
    )
    assert world.call("POST", "/guides", json=draft).status_code == 201
    publish(world, "pas-202", code="202", title="Pas i 202", area="Pas")
    return world


def test_front_page_lists_exactly_the_published_citizen_guides(site: World) -> None:
    page = site.client.get("/borger/101/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="da">' in html
    assert "Kommune 101" in html
    assert "Flytning" in html and "Sundhed" in html
    area = site.client.get("/borger/101/omraade/sundhed").text
    assert titles(area) == ["Bestil nyt sundhedskort", "Skift læge"]
    for hidden in ("Intern arbejdsgang", "Kladde om flytning", "Pas i 202"):
        assert hidden not in html and hidden not in area
    assert (
        "Pas i 202"
        in site.client.get("/borger/202/").text + site.client.get("/borger/202/omraade/pas").text
    )


@pytest.mark.parametrize(
    "path",
    [
        "/borger/101/kun-personale",
        "/borger/101/kladde",
        "/borger/101/pas-202",
        "/borger/202/melde-flytning",
        "/borger/101/omraade/findes-ikke",
        "/borger/303/",
        "/borger/101/billede/" + "0" * 64,
    ],
)
def test_staff_only_drafts_and_other_municipalities_answer_404(site: World, path: str) -> None:
    response = site.client.get(path)
    assert response.status_code == 404
    assert "Siden findes ikke" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_guide_page_has_guidance_steps_help_share_and_feedback(site: World) -> None:
    response = site.client.get("/borger/101/melde-flytning")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Melde flytning</h1>" in html
    assert 'href="https://www.borger.dk/"' in html and "Gå til selvbetjeningen" in html
    assert "Log ind med MitID." in html and "Flyttedato" in html
    assert "Borgerservice" in html
    assert re.search(r"Opdateret \d\d-\d\d-\d{4}", html)
    link = "http://testserver/borger/101/melde-flytning"
    assert f'<link rel="canonical" href="{link}">' in html
    assert f'<meta property="og:url" content="{link}">' in html
    assert 'property="og:title" content="Melde flytning"' in html
    assert f"mailto:?subject=Melde%20flytning&amp;body=Melde%20flytning%0A{quote(link)}" in html
    assert f"sms:?&amp;body=Melde%20flytning%20{quote(link)}" in html
    assert f'value="{link}"' in html  # the link to copy
    assert 'src="/borger/101/melde-flytning/qr.svg"' in html
    assert "Fik du hjælp?" in html and 'name="language_understood"' in html
    # Breadcrumbs: front page › area › this guide.
    assert 'href="/borger/101/omraade/flytning"' in html
    assert '<span aria-current="page">Melde flytning</span>' in html


def test_related_guides_are_the_others_of_the_same_area(site: World) -> None:
    html = site.client.get("/borger/101/skift-laege").text
    related = html.split('class="related"')[1]
    assert "Bestil nyt sundhedskort" in related and "Skift læge" not in related
    assert "Intern arbejdsgang" not in related


def test_the_qr_code_is_an_svg_of_the_public_short_link(site: World) -> None:
    assert (
        site.call(
            "PATCH", "/citizen/settings", json={"public_base_url": "https://vej.kommune.dk"}
        ).status_code
        == 200
    )
    qr = site.client.get("/borger/101/melde-flytning/qr.svg")
    assert qr.status_code == 200
    assert qr.headers["content-type"] == "image/svg+xml"
    assert qr.text.startswith("<?xml") and "<svg" in qr.text
    html = site.client.get("/borger/101/melde-flytning").text
    assert 'value="https://vej.kommune.dk/borger/101/melde-flytning"' in html
    assert "http://testserver" not in html


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("flytning", "Melde flytning"),
        ("flytnig", "Melde flytning"),  # a typo
        ("sundhedskort", "Bestil nyt sundhedskort"),
        ("gult kort", "Bestil nyt sundhedskort"),  # a lay word (synonym)
        ("laegeskift", "Skift læge"),  # æ typed as ae, a compound
    ],
)
def test_search_understands_danish_like_the_desktop(site: World, query: str, first: str) -> None:
    response = site.client.get("/borger/101/", params={"q": query})
    assert response.status_code == 200
    found = titles(response.text)
    assert found and found[0] == first, found
    assert "Intern arbejdsgang" not in found and "Kladde om flytning" not in found


def test_search_without_results_says_so_and_shows_the_areas(site: World) -> None:
    html = site.client.get("/borger/101/", params={"q": "xyzzyq"}).text
    assert "Vi fandt ingen vejledninger" in html
    assert 'href="/borger/101/omraade/sundhed"' in html


def test_english_interface_keeps_the_guides_danish(site: World) -> None:
    html = site.client.get("/borger/101/melde-flytning", params={"lang": "en"}).text
    assert '<html lang="en">' in html
    assert "Go to the self-service solution" in html and "Did this help you?" in html
    assert '<article class="guide" lang="da">' in html
    assert "Melde flytning" in html
    front = site.client.get("/borger/101/", params={"lang": "en"}).text
    assert 'href="/borger/101/omraade/sundhed?lang=en"' in front


def test_guide_text_is_sanitised(world: World) -> None:
    nasty = [
        'Klik <a href="javascript:alert(1)">her</a> eller <b>læs</b>',
        '<script>alert("x")</script>Tekst <img src=x onerror="alert(1)">',
        '<a href="https://www.borger.dk/" onclick="steal()">borger.dk</a>',
    ]
    publish(world, "farlig", title="Farlig vejledning", guidance=nasty)
    html = world.client.get("/borger/101/farlig").text
    article = html.split("<article")[1].split("</article>")[0]
    assert "javascript:" not in article
    assert "<script" not in article and "alert(" not in article
    assert "onerror" not in article and "onclick" not in article
    assert "<b>læs</b>" in article
    assert '<a href="https://www.borger.dk/" rel="noopener noreferrer">borger.dk</a>' in article


def test_staff_notes_are_left_out(world: World) -> None:
    publish(world, "lokal", guidance=["Ring til os. [Udfyldes lokalt: telefonnummer]"])
    html = world.client.get("/borger/101/lokal").text
    assert "Ring til os." in html and "Udfyldes lokalt" not in html


def test_no_cookies_strict_csp_and_only_local_resources(site: World) -> None:
    for path in ("/borger/101/", "/borger/101/melde-flytning", "/borger/101/?q=flytning"):
        response = site.client.get(path)
        assert "set-cookie" not in response.headers
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["referrer-policy"] == "no-referrer"
        # every src/href of a resource is local (links out to borger.dk are fine)
        for resource in re.findall(
            r'<(?:script|img|link)[^>]+(?:src|href)="([^"]+)"', response.text
        ):
            assert resource.startswith("/") or resource.startswith("http://testserver/"), resource
        assert "style=" not in response.text and "<style" not in response.text
        assert "onclick" not in response.text


def test_etag_and_304_until_something_is_published(site: World) -> None:
    first = site.client.get("/borger/101/")
    etag = first.headers["etag"]
    assert "last-modified" in first.headers
    again = site.client.get("/borger/101/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    publish(site, "ny-vejledning", title="Ny vejledning", area="Nyt område")
    changed = site.client.get("/borger/101/", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert "Nyt område" in changed.text
    # Unpublishing for citizens takes the guide off at once.
    current = site.call("GET", "/guides/ny-vejledning").json()
    body = guide_body(
        "ny-vejledning",
        title="Ny vejledning",
        area="Nyt område",
        published_to_citizens=False,
        base_revision=current["revision"],
    )
    assert site.call("PUT", "/guides/ny-vejledning", json=body).status_code == 200
    assert site.client.get("/borger/101/ny-vejledning").status_code == 404
    assert "Nyt område" not in site.client.get("/borger/101/").text


def test_sitemap_lists_areas_and_guides(site: World) -> None:
    response = site.client.get("/borger/101/sitemap.xml")
    assert response.status_code == 200
    assert "<loc>http://testserver/borger/101/melde-flytning</loc>" in response.text
    assert "<loc>http://testserver/borger/101/omraade/sundhed</loc>" in response.text
    assert "kun-personale" not in response.text and "kladde" not in response.text


def test_the_front_page_without_slash_redirects(site: World) -> None:
    response = site.client.get("/borger/101", follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == "/borger/101/"


def test_static_files_are_outside_the_municipality_path(site: World) -> None:
    for name in ("borger.css", "print.css", "borger.js"):
        assert site.client.get(f"/borger-filer/{name}").status_code == 200
    css = site.client.get("/borger/101/tema.css").text
    assert "--brand: #1f4e79" in css


def test_theme_uses_the_municipality_colour(world: World) -> None:
    assert (
        world.call("PATCH", "/citizen/settings", json={"brand_colour": "#7A1F3D"}).status_code
        == 200
    )
    assert "--brand: #7a1f3d" in world.client.get("/borger/101/tema.css").text
    assert "--brand: #1f4e79" in world.client.get("/borger/202/tema.css").text


def test_agents_cannot_change_citizen_settings(world: World) -> None:
    refused = world.call(
        "PATCH", "/citizen/settings", role=Role.AGENT, json={"brand_colour": "#000000"}
    )
    assert refused.status_code == 403


def test_weak_matches_are_left_out_when_there_are_strong_ones(site: World) -> None:
    publish(site, "forny-koerekort", title="Forny kørekort", area="Pas og kørekort")
    found = titles(site.client.get("/borger/101/", params={"q": "gult kort"}).text)
    assert found == ["Bestil nyt sundhedskort"]
    # Only in the steps' text of every guide ("Log ind med MitID."): weak matches, said so.
    weak = site.client.get("/borger/101/", params={"q": "mitid"}).text
    assert "Ingen sikre resultater" in weak
    assert "Melde flytning" in titles(weak)


def test_head_requests_are_answered_like_get(site: World) -> None:
    """Link previews and crawlers ask with HEAD first."""
    for path in ("/borger/101/", "/borger/101/melde-flytning", "/borger/101/sitemap.xml"):
        head = site.client.head(path)
        assert head.status_code == 200
        assert head.headers["etag"] == site.client.get(path).headers["etag"]
