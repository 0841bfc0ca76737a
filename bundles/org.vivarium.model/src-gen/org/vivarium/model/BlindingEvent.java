/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Blinding Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the blinding log: blind codes generated, or an unblinding.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.BlindingEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vivarium.model.BlindingEvent#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.vivarium.model.BlindingEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.vivarium.model.BlindingEvent#getBy <em>By</em>}</li>
 *   <li>{@link org.vivarium.model.BlindingEvent#getReason <em>Reason</em>}</li>
 *   <li>{@link org.vivarium.model.BlindingEvent#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getBlindingEvent()
 * @model
 * @generated
 */
public interface BlindingEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vivarium.model.BlindingEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.BlindingEventKind
	 * @see #setKind(BlindingEventKind)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_Kind()
	 * @model
	 * @generated
	 */
	BlindingEventKind getKind();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vivarium.model.BlindingEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BlindingEventKind value);

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cohort concerned (none: the whole study).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohort</em>' reference.
	 * @see #setCohort(Cohort)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_Cohort()
	 * @model
	 * @generated
	 */
	Cohort getCohort();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getCohort <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' reference.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(Cohort value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(LocalDateTime)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_At()
	 * @model dataType="org.vivarium.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAt();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who (user@host).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why (required to regenerate codes and to unblind).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done, e.g. 80 codes, seed 7.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.vivarium.model.VivariumPackage#getBlindingEvent_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.vivarium.model.BlindingEvent#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // BlindingEvent
