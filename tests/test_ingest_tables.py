"""Tables inside a story are kept, row by row, and come out as a Markdown table."""
from __future__ import annotations

from sitegen.ingest.extract import extract, to_markdown

_STORY = ("Unemployment fell in every region in the three months to April, official figures published on Thursday "
          "show, and economists said the fall was broad.")
_AFTER = "Economists said the figures suggested the labour market was holding up better than expected despite weak growth."


def test_tab_separated_rows_in_a_text_dump_become_a_markdown_table():
    raw = f"Unemployment falls in every region\n\n{_STORY}\n\nRegion\tRate\tChange\nNorth-east\t4.9%\t-0.6\n" \
          f"London\t5.1%\t-0.2\n\n{_AFTER}\n"
    e = extract(raw.encode(), "jobs.txt")
    assert [b.text for b in e.blocks if b.kind == "table_row"] == [
        "Region | Rate | Change", "North-east | 4.9% | -0.6", "London | 5.1% | -0.2"]
    assert "| Region | Rate | Change |\n| --- | --- | --- |\n| North-east | 4.9% | -0.6 |\n| London | 5.1% | -0.2 |" \
        in to_markdown(e.blocks)


def test_a_data_table_in_an_html_story_keeps_its_rows():
    rows = [("Service", "2024", "2025"), ("Roads", "£4.2m", "£4.6m"), ("Libraries", "£9.2m", "£8.8m")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    html = (f"<html><head><title>Budget set</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Budget set</h1>"
            f"<p>{_STORY}</p>{table}<p>{_AFTER}</p></article></body></html>")
    e = extract(html.encode(), "budget.html")
    assert [b.text for b in e.blocks] == [_STORY, "Service | 2024 | 2025", "Roads | £4.2m | £4.6m",
                                          "Libraries | £9.2m | £8.8m", _AFTER]


def test_a_pipe_inside_a_cell_does_not_break_the_markdown_table():
    raw = f"Title of the story here\n\n{_STORY}\n\nA|B\tC\nD\tE\n\n{_AFTER}\n"
    md = to_markdown(extract(raw.encode(), "x.txt").blocks)
    assert "| A\\|B | C |" in md


def test_a_kept_table_shows_as_a_table_on_the_article_page():
    from sitegen import markdown

    raw = f"Unemployment falls in every region\n\n{_STORY}\n\nRegion\tRate\nLondon\t5.1%\n\n{_AFTER}\n"
    html = markdown.render(to_markdown(extract(raw.encode(), "jobs.txt").blocks)).html
    assert "<th>Region</th>" in html and "<td>5.1%</td>" in html
