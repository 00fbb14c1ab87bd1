"""Goal slides that would look the same, merged into one group slide (pure).

Two goal slides look the same when they show the same number, caption and chart (the same
series read the same way), e.g. the climate-neutrality statements on the city's CO₂ total: the
screen would show one picture for 2 × 15 s and look frozen. They become one GroupSlide at the
place of the first of them, listing the goals with their targets, deadlines, statuses and
the documents that state them (the foot names the data).
"""

from __future__ import annotations

from dashboard.i18n import t
from dashboard.kiosk.models import GoalSlide, GroupMember, GroupSlide


def look(slide: GoalSlide) -> tuple:
    """What a reader sees of a goal slide's data: number, caption, chart kind, years, values."""
    return slide.number, slide.caption, slide.chart, slide.years, slide.values


def group_slide(members: list[GoalSlide], names: dict[str, str], deadlines: dict[str, int | None],
                lang: str) -> GroupSlide:
    """One slide for goal slides that look the same. names: goal id -> its series' name (the
    slide's title; the first goal's title without one); deadlines: goal id -> deadline year."""
    first = members[0]
    return GroupSlide(
        theme=first.theme, title=names.get(first.target_id) or first.title, number=first.number,
        caption=first.caption,
        members=tuple(GroupMember(m.target_id, m.title, m.target_line, deadlines.get(m.target_id), m.status,
                                  m.goal_source)
                      for m in members),
        uses_demo=any(m.uses_demo for m in members), as_of=first.as_of,
        source_line=t("kiosk_group_source", lang, data=first.data_source),
        qr_url=first.qr_url, chart=first.chart, years=first.years, values=first.values,
    )


def merge_alike(slides: list, names: dict[str, str], deadlines: dict[str, int | None], lang: str) -> list:
    """The slides with goal slides that look the same (look) replaced by one group slide at the
    first one's place; other slides and single goal slides unchanged, order kept."""
    alike: dict[tuple, list[GoalSlide]] = {}
    for slide in slides:
        if slide.kind == "goal":
            alike.setdefault(look(slide), []).append(slide)
    out = []
    for slide in slides:
        members = alike.get(look(slide), []) if slide.kind == "goal" else []
        if len(members) < 2:
            out.append(slide)
        elif slide is members[0]:
            out.append(group_slide(members, names, deadlines, lang))
    return out
