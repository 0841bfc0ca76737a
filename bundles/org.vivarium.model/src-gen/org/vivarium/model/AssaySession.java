/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assay Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of an assay on a cohort (or on chosen animals) at a time since dose; holds the measurements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.AssaySession#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getAnimals <em>Animals</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getTimeFromDoseHours <em>Time From Dose Hours</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getDate <em>Date</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#isBlinded <em>Blinded</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getCompletedBy <em>Completed By</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getAnalysisStartSeconds <em>Analysis Start Seconds</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getAnalysisEndSeconds <em>Analysis End Seconds</em>}</li>
 *   <li>{@link org.vivarium.model.AssaySession#getScoring <em>Scoring</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getAssaySession()
 * @model
 * @generated
 */
public interface AssaySession extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, e.g. FST 1 wk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cohort tested (all its animals unless animals are listed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohort</em>' reference.
	 * @see #setCohort(Cohort)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Cohort()
	 * @model
	 * @generated
	 */
	Cohort getCohort();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getCohort <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' reference.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(Cohort value);

	/**
	 * Returns the value of the '<em><b>Animals</b></em>' reference list.
	 * The list contents are of type {@link org.vivarium.model.Animal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The animals tested, when not the whole cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animals</em>' reference list.
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Animals()
	 * @model
	 * @generated
	 */
	EList<Animal> getAnimals();

	/**
	 * Returns the value of the '<em><b>Time From Dose Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time since the anchor dose (h) at which the session is run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time From Dose Hours</em>' attribute.
	 * @see #setTimeFromDoseHours(double)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_TimeFromDoseHours()
	 * @model
	 * @generated
	 */
	double getTimeFromDoseHours();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getTimeFromDoseHours <em>Time From Dose Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time From Dose Hours</em>' attribute.
	 * @see #getTimeFromDoseHours()
	 * @generated
	 */
	void setTimeFromDoseHours(double value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the session is (or was) run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Date()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getDate();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs or scores it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Blinded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scorers see blind codes instead of animal identifiers and arms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blinded</em>' attribute.
	 * @see #setBlinded(boolean)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Blinded()
	 * @model
	 * @generated
	 */
	boolean isBlinded();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#isBlinded <em>Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blinded</em>' attribute.
	 * @see #isBlinded()
	 * @generated
	 */
	void setBlinded(boolean value);

	/**
	 * Returns the value of the '<em><b>Completed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who marked the session done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed By</em>' attribute.
	 * @see #setCompletedBy(String)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_CompletedBy()
	 * @model
	 * @generated
	 */
	String getCompletedBy();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getCompletedBy <em>Completed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed By</em>' attribute.
	 * @see #getCompletedBy()
	 * @generated
	 */
	void setCompletedBy(String value);

	/**
	 * Returns the value of the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the session was marked done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed At</em>' attribute.
	 * @see #setCompletedAt(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_CompletedAt()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getCompletedAt();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getCompletedAt <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed At</em>' attribute.
	 * @see #getCompletedAt()
	 * @generated
	 */
	void setCompletedAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.vivarium.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The results.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Analysis Start Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the analysis window within each trial (s of trial time) for measures computed from tracks or scored events; unset: the assay's convention (forced swim and tail suspension: the last 4 minutes of a 6-minute test, 120 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Start Seconds</em>' attribute.
	 * @see #setAnalysisStartSeconds(Double)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_AnalysisStartSeconds()
	 * @model
	 * @generated
	 */
	Double getAnalysisStartSeconds();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getAnalysisStartSeconds <em>Analysis Start Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Start Seconds</em>' attribute.
	 * @see #getAnalysisStartSeconds()
	 * @generated
	 */
	void setAnalysisStartSeconds(Double value);

	/**
	 * Returns the value of the '<em><b>Analysis End Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the analysis window (s of trial time); unset: the assay's convention (forced swim and tail suspension: 360 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis End Seconds</em>' attribute.
	 * @see #setAnalysisEndSeconds(Double)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_AnalysisEndSeconds()
	 * @model
	 * @generated
	 */
	Double getAnalysisEndSeconds();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getAnalysisEndSeconds <em>Analysis End Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis End Seconds</em>' attribute.
	 * @see #getAnalysisEndSeconds()
	 * @generated
	 */
	void setAnalysisEndSeconds(Double value);

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the session's values were computed from tracking or scoring exports: program, state or zone used, window and parameters (written by the import).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring</em>' attribute.
	 * @see #setScoring(String)
	 * @see org.vivarium.model.VivariumPackage#getAssaySession_Scoring()
	 * @model
	 * @generated
	 */
	String getScoring();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AssaySession#getScoring <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' attribute.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(String value);

} // AssaySession
