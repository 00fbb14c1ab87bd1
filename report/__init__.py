"""The council's report (Sachstandsbericht) as PDF: a report model (plain data) rendered by Typst
from a template; every text enters the template as data (JSON), never as markup."""
