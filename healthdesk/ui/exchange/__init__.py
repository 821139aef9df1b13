"""The offline exchange in the app: invitations, response files, imports and exports."""
