"""The can't-miss conditions the check models (the fourth clinical pass), and the article.

Every sign and every rule in ``skill.core.signs`` names the conditions it serves by these ids, so a
reviewer can read one condition's questions and rules together (docs/clinical-safety.md is organised
the same way).
"""

from __future__ import annotations

from typing import NamedTuple


class Condition(NamedTuple):
    id: str
    title: str
    sources: str


CONDITIONS: tuple[Condition, ...] = (
    Condition(
        "ces", "Cauda equina syndrome", "GIRFT suspected CES pathway 2023; NHS sciatica and cauda equina syndrome"
    ),
    Condition(
        "mscc",
        "Metastatic spinal cord compression",
        "NICE NG234 and CG75; NICE CG151 (fever on cancer treatment); Downie, BMJ 2013",
    ),
    Condition(
        "spinal_infection",
        "Spinal infection (abscess, discitis) and sepsis",
        "NICE CKS low back pain; NICE NG51 (sepsis); NHS sepsis; Darouiche, NEJM 2006",
    ),
    Condition(
        "fracture", "Vertebral fracture", "NICE CKS low back pain; Henschke, Arthritis Rheum 2009; NHS back pain"
    ),
    Condition(
        "aaa", "Abdominal aortic aneurysm leak", "NICE NG156; NHS abdominal aortic aneurysm; renal colic guidance"
    ),
    Condition("dissection", "Aortic dissection", "IRAD (Pape 2015; Tolenaar 2013); ESC 2024 aortic guideline"),
    Condition("acs", "Heart attack felt in the back", "NICE CG95; NHS heart attack; Canto, JAMA 2000 and 2012"),
    Condition("pe", "Pulmonary embolism", "NICE NG158; NHS pulmonary embolism; Miniati 2012"),
    Condition("spinal_bleed", "Spinal epidural haematoma", "Case series (Fedor 2011); NHS back pain"),
    Condition("ectopic", "Ectopic pregnancy", "NICE NG126; NHS ectopic pregnancy"),
    Condition("kidney_infection", "Kidney infection", "NHS kidney infection"),
    Condition("kidney_stone", "Kidney stone", "NICE NG118"),
    Condition("pancreatitis", "Acute pancreatitis", "NICE CKS acute pancreatitis (admit)"),
    Condition("article", "The article's warning signs", "The back pain article (the product's specification)"),
)

CONDITIONS_BY_ID: dict[str, Condition] = {condition.id: condition for condition in CONDITIONS}
