"""The schema's views: the one first-citation join every query uses."""

from __future__ import annotations


def test_every_goal_has_its_first_citation_with_the_document(db):
    rows = db.execute("""
        SELECT f.target_id, f.source_id, f.line_from, f.source_title, c.seq, s.title
        FROM target_first_citation f
        JOIN target_citations c ON c.target_id = f.target_id AND c.source_id = f.source_id
             AND c.line_from = f.line_from AND c.quote = f.quote
        JOIN sources s ON s.source_id = f.source_id""").fetchall()
    n_goals = db.execute("SELECT count(*) FROM targets").fetchone()[0]
    assert len({r[0] for r in rows}) == n_goals == len(rows)
    assert all(r[4] == 1 and r[3] == r[5] for r in rows)  # the first one, titled as in sources
    several = db.execute("SELECT count(*) FROM (SELECT target_id FROM target_citations "
                         "GROUP BY target_id HAVING count(*) > 1)").fetchone()[0]
    assert several > 0  # goals cited more than once still get exactly one row
