"""Complaint routes: the route editor (own routes as TOML) and the Klachtroutes panel of
Instellingen with the bridge days."""
