"""The follow-up: action plan, joint KPIs, JMC decisions."""
