"""The kiosk's stylesheet: large type for reading at 5 m on a 1920×1080 screen.

The main number is 132 px; body text at least 32 px (reason 38 px, source and "Stand" 32 px,
chart axis labels 32 px). Each slide fills the screen's height (head, body, foot), so the space
under the text is used by the type, not left empty. Colours: dashboard.style, as the CSS
variables var(--zm-…) of style.css_variables() (declared at the top of the rules): no colour literal here.
"""

from __future__ import annotations

from dashboard.style import css_variables

MAIN_NUMBER_PX = 132
BODY_PX = 34
REASON_PX = 38
SOURCE_PX = 32

_RULES = """
<style>
  %(variables)s
  [data-testid="stSidebar"], [data-testid="stSidebarNav"], [data-testid="stExpandSidebarButton"],
  [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stStatusWidget"], [data-testid="stDecoration"], [data-testid="stMainMenu"],
  [data-testid="stAppDeployButton"], #MainMenu, footer {display: none !important;}
  [data-testid="stMainBlockContainer"], .block-container {padding: 24px 56px 0 56px !important;
      max-width: 100%% !important;}
  [data-stale="true"], [data-stale="true"] * {opacity: 1 !important; transition: none !important;}
  body, .stApp {cursor: none; background: var(--zm-white); color: var(--zm-ink);}
  .zk {font-family: "Source Sans Pro", "DejaVu Sans", Arial, sans-serif; color: var(--zm-ink);
       font-size: %(body)dpx; line-height: 1.25;}
  .zk-slide {display: flex; flex-direction: column; height: calc(100vh - 40px); min-height: 960px;}
  .zk-body {flex: 1; display: flex; gap: 56px; min-height: 0; align-items: flex-start; overflow: hidden;}
  .zk-col {flex: 9; min-width: 0;} .zk-col-wide {flex: 10; min-width: 0;}
  .zk-top {display: flex; justify-content: space-between; align-items: center;
           border-bottom: 6px solid var(--zm-blue); padding-bottom: 10px; margin-bottom: 16px;}
  .zk-theme {font-size: 34px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
             color: var(--zm-blue);}
  .zk-brand {font-size: 32px; color: var(--zm-dim); font-weight: 600;}
  .zk-demo {display: inline-block; background: var(--zm-demo); color: var(--zm-white); font-weight: 800;
            font-size: 32px; padding: 4px 18px; border-radius: 8px; margin-left: 20px;}
  .zk-h1 {font-size: 60px; font-weight: 800; line-height: 1.1; margin: 0 0 20px 0;}
  .zk-h1.zk-h1-title {font-size: 84px; margin-bottom: 6px;}
  .zk-number {font-size: %(number)dpx; font-weight: 800; line-height: 1.0; color: var(--zm-ink);
              letter-spacing: -0.01em; white-space: nowrap;}
  .zk-caption {font-size: 40px; color: var(--zm-soft-text); margin: 8px 0 24px 0;}
  .zk-target {font-size: 44px; font-weight: 700; margin-bottom: 24px;}
  .zk-status {display: inline-block; font-size: 50px; font-weight: 800; padding: 6px 24px;
              border: 6px solid currentColor; border-radius: 14px; background: var(--zm-white);}
  .zk-reason {font-size: %(reason)dpx; color: var(--zm-soft-text); margin-top: 24px; line-height: 1.3;}
  .zk-foot {display: flex; justify-content: space-between; align-items: flex-end; gap: 30px;
            border-top: 3px solid var(--zm-line); padding-top: 10px; margin-top: auto;}
  .zk-source {font-size: %(source)dpx; color: var(--zm-soft-text); max-height: 84px; overflow: hidden;}
  .zk-stand {font-size: %(source)dpx; color: var(--zm-dim); white-space: nowrap;}
  .zk-qr {display: flex; align-items: center; gap: 18px; font-size: %(source)dpx; color: var(--zm-soft-text);
          white-space: nowrap; flex-shrink: 0;}
  .zk-qr img {width: 160px; height: 160px;}
  .zk-tiles {display: flex; gap: 24px; margin: 36px 0 32px 0;}
  .zk-tile {flex: 1; border: 6px solid currentColor; border-radius: 18px; padding: 20px 14px;
            text-align: center; background: var(--zm-white);}
  .zk-tile .zk-sym {font-size: 80px; line-height: 1;}
  .zk-tile .zk-count {font-size: %(number)dpx; font-weight: 800; color: var(--zm-ink); line-height: 1.05;}
  .zk-tile .zk-word {font-size: 38px; font-weight: 800; line-height: 1.15;}
  .zk-tiles-7 {display: grid; grid-template-columns: repeat(4, 1fr); margin: 28px 0 24px 0;}
  .zk-tiles-7 .zk-tile {display: grid; grid-template-columns: auto 1fr; align-items: center;
                        column-gap: 20px; padding: 12px 24px; text-align: left;}
  .zk-tiles-7 .zk-sym {font-size: 72px;}
  .zk-tiles-7 .zk-tile .zk-count {font-size: 112px;}
  .zk-tiles-7 .zk-tile .zk-word {grid-column: 1 / span 2; font-size: 38px; min-height: 88px;}
  img.zk-chart {display: block; width: 100%%; height: auto;}
  img.zk-map {display: block; max-width: 100%%; max-height: 660px; width: auto; height: auto;}
  .zk-sub {font-size: 42px; color: var(--zm-soft-text); margin: 0 0 8px 0;}
  .zk-note {font-size: %(source)dpx; color: var(--zm-dim); margin: 0 0 8px 0;}
  .zk-list {font-size: 38px; line-height: 1.34;}
  .zk-list b {color: var(--zm-ink);}
  .zk-list span.sym {display: inline-block; width: 48px; font-weight: 800;}
  .zk-dots {font-size: 32px; color: var(--zm-muted);}
  .zk-wait {font-size: 48px; color: var(--zm-dim); margin-top: 300px; text-align: center;}
  .zk-members {display: flex; gap: 28px; margin-top: 8px;}
  .zk-member {flex: 1; border: 4px solid var(--zm-frame); border-radius: 16px; padding: 16px 22px;}
  .zk-member .zk-mhead {display: flex; align-items: center; justify-content: space-between; gap: 16px;}
  .zk-member .zk-deadline {font-size: 48px; font-weight: 800;}
  .zk-member .zk-mtitle {font-size: 34px; margin: 8px 0 6px 0;}
  .zk-member .zk-mtarget {font-size: 34px; font-weight: 700;}
  .zk-member .zk-status {font-size: 38px; padding: 4px 16px; border-width: 5px;}
  .zk-member .zk-msource {font-size: 30px; color: var(--zm-dim); margin-top: 6px;}
  .zk-stage {font-size: 48px; font-weight: 800; margin: 24px 0 8px 0;}
  .zk-quote {font-size: 42px; line-height: 1.3; border-left: 10px solid var(--zm-blue); padding: 6px 0 6px 28px;
             margin: 24px 0; max-height: 340px; overflow: hidden;}
</style>
"""

CSS = _RULES % {"body": BODY_PX, "number": MAIN_NUMBER_PX, "reason": REASON_PX, "source": SOURCE_PX,
                "variables": css_variables()}
