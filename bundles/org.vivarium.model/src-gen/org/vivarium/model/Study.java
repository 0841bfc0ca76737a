/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A preclinical study: its design (compounds, routes, arms), its animals (cohorts, cages) and its assays with their results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Study#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getPrincipalInvestigator <em>Principal Investigator</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getProtocolNumber <em>Protocol Number</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getExperimentalUnit <em>Experimental Unit</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getTimeDesign <em>Time Design</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getSampleSizeRationale <em>Sample Size Rationale</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getRandomisationMethod <em>Randomisation Method</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getBlindingMethod <em>Blinding Method</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getCompounds <em>Compounds</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getArms <em>Arms</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getCohorts <em>Cohorts</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getAssays <em>Assays</em>}</li>
 *   <li>{@link org.vivarium.model.Study#isTreatmentsCoded <em>Treatments Coded</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getBlindingLog <em>Blinding Log</em>}</li>
 *   <li>{@link org.vivarium.model.Study#getStocks <em>Stocks</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study code used in file names and reports, e.g. KET-BCI-2026-01.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Principal Investigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responsible scientist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principal Investigator</em>' attribute.
	 * @see #setPrincipalInvestigator(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_PrincipalInvestigator()
	 * @model
	 * @generated
	 */
	String getPrincipalInvestigator();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getPrincipalInvestigator <em>Principal Investigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal Investigator</em>' attribute.
	 * @see #getPrincipalInvestigator()
	 * @generated
	 */
	void setPrincipalInvestigator(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Animal ethics / IACUC protocol approval number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol Number</em>' attribute.
	 * @see #setProtocolNumber(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_ProtocolNumber()
	 * @model
	 * @generated
	 */
	String getProtocolNumber();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getProtocolNumber <em>Protocol Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Number</em>' attribute.
	 * @see #getProtocolNumber()
	 * @generated
	 */
	void setProtocolNumber(String value);

	/**
	 * Returns the value of the '<em><b>Species</b></em>' attribute.
	 * The default value is <code>"Mus musculus"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Species, e.g. Mus musculus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Species</em>' attribute.
	 * @see #setSpecies(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Species()
	 * @model default="Mus musculus"
	 * @generated
	 */
	String getSpecies();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getSpecies <em>Species</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Species</em>' attribute.
	 * @see #getSpecies()
	 * @generated
	 */
	void setSpecies(String value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question the study answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text, e.g. design notes; the demo study says here that its values are illustrative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.StudyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lifecycle status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.vivarium.model.StudyStatus
	 * @see #setStatus(StudyStatus)
	 * @see org.vivarium.model.VivariumPackage#getStudy_Status()
	 * @model
	 * @generated
	 */
	StudyStatus getStatus();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.vivarium.model.StudyStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StudyStatus value);

	/**
	 * Returns the value of the '<em><b>Experimental Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.ExperimentalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default experimental unit of the study's analyses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Experimental Unit</em>' attribute.
	 * @see org.vivarium.model.ExperimentalUnit
	 * @see #setExperimentalUnit(ExperimentalUnit)
	 * @see org.vivarium.model.VivariumPackage#getStudy_ExperimentalUnit()
	 * @model
	 * @generated
	 */
	ExperimentalUnit getExperimentalUnit();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getExperimentalUnit <em>Experimental Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experimental Unit</em>' attribute.
	 * @see org.vivarium.model.ExperimentalUnit
	 * @see #getExperimentalUnit()
	 * @generated
	 */
	void setExperimentalUnit(ExperimentalUnit value);

	/**
	 * Returns the value of the '<em><b>Time Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.TimeDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether each timepoint has its own cohort or the same animals are retested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Design</em>' attribute.
	 * @see org.vivarium.model.TimeDesign
	 * @see #setTimeDesign(TimeDesign)
	 * @see org.vivarium.model.VivariumPackage#getStudy_TimeDesign()
	 * @model
	 * @generated
	 */
	TimeDesign getTimeDesign();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getTimeDesign <em>Time Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Design</em>' attribute.
	 * @see org.vivarium.model.TimeDesign
	 * @see #getTimeDesign()
	 * @generated
	 */
	void setTimeDesign(TimeDesign value);

	/**
	 * Returns the value of the '<em><b>Sample Size Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the sample size was decided (ARRIVE item 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Size Rationale</em>' attribute.
	 * @see #setSampleSizeRationale(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_SampleSizeRationale()
	 * @model
	 * @generated
	 */
	String getSampleSizeRationale();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getSampleSizeRationale <em>Sample Size Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Size Rationale</em>' attribute.
	 * @see #getSampleSizeRationale()
	 * @generated
	 */
	void setSampleSizeRationale(String value);

	/**
	 * Returns the value of the '<em><b>Randomisation Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allocation method and seed (ARRIVE item 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Randomisation Method</em>' attribute.
	 * @see #setRandomisationMethod(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_RandomisationMethod()
	 * @model
	 * @generated
	 */
	String getRandomisationMethod();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getRandomisationMethod <em>Randomisation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Randomisation Method</em>' attribute.
	 * @see #getRandomisationMethod()
	 * @generated
	 */
	void setRandomisationMethod(String value);

	/**
	 * Returns the value of the '<em><b>Blinding Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who knew the allocation and when (ARRIVE item 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blinding Method</em>' attribute.
	 * @see #setBlindingMethod(String)
	 * @see org.vivarium.model.VivariumPackage#getStudy_BlindingMethod()
	 * @model
	 * @generated
	 */
	String getBlindingMethod();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#getBlindingMethod <em>Blinding Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blinding Method</em>' attribute.
	 * @see #getBlindingMethod()
	 * @generated
	 */
	void setBlindingMethod(String value);

	/**
	 * Returns the value of the '<em><b>Compounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Compound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compounds and vehicles used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compounds</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Compounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Compound> getCompounds();

	/**
	 * Returns the value of the '<em><b>Routes</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Route}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Routes of administration with their volume limits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routes</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Routes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Route> getRoutes();

	/**
	 * Returns the value of the '<em><b>Arms</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.TreatmentArm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Treatment arms (groups).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arms</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Arms()
	 * @model containment="true"
	 * @generated
	 */
	EList<TreatmentArm> getArms();

	/**
	 * Returns the value of the '<em><b>Cohorts</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Cohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cohorts of animals (one per timepoint in separate-cohort designs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohorts</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Cohorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cohort> getCohorts();

	/**
	 * Returns the value of the '<em><b>Assays</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.AssayDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assays with their measures and sessions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assays</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Assays()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssayDefinition> getAssays();

	/**
	 * Returns the value of the '<em><b>Treatments Coded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Treatments are coded: whoever doses and scores sees only the arms' and compounds' codes (Solution A, B...) until an unblinding is recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Treatments Coded</em>' attribute.
	 * @see #setTreatmentsCoded(boolean)
	 * @see org.vivarium.model.VivariumPackage#getStudy_TreatmentsCoded()
	 * @model
	 * @generated
	 */
	boolean isTreatmentsCoded();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Study#isTreatmentsCoded <em>Treatments Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Treatments Coded</em>' attribute.
	 * @see #isTreatmentsCoded()
	 * @generated
	 */
	void setTreatmentsCoded(boolean value);

	/**
	 * Returns the value of the '<em><b>Allocations</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.AllocationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every randomisation of a cohort, newest last; the newest of a cohort is its allocation (ARRIVE item 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocations</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Allocations()
	 * @model containment="true"
	 * @generated
	 */
	EList<AllocationRecord> getAllocations();

	/**
	 * Returns the value of the '<em><b>Blinding Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.BlindingEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Blind codes generated and unblindings: who, when, why (ARRIVE item 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blinding Log</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_BlindingLog()
	 * @model containment="true"
	 * @generated
	 */
	EList<BlindingEvent> getBlindingLog();

	/**
	 * Returns the value of the '<em><b>Stocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Stock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stock of controlled (and other tracked) compounds: every bottle or batch received and every dilution made from one, each with its log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stocks</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getStudy_Stocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stock> getStocks();

} // Study
