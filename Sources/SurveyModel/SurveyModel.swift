enum SurveyModelNamespace {}
