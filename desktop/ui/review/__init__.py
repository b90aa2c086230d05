"""Supervisor review in the window: the review log (log.py) with its detail pane (detail.py)
and actions (actions.py) on a supervisor's laptop; the to-do list (todo.py) on a field one."""
